package dev.aside.rest.telemetry;

import java.time.Instant;

/**
 * One answered request, for the console's server pane and the request log.
 *
 * @param at when it finished
 * @param method the HTTP verb
 * @param target the path and query string; the access token travels in a header and is never here
 * @param route the endpoint pattern that matched, e.g. {@code /api/v1/items/{key}}
 * @param status the HTTP status sent
 * @param millis time spent handling it
 */
public record RequestRecord(Instant at, String method, String target, String route, int status, double millis) {}
