package dev.aside.rest.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.Cache;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ItemKey;
import dev.aside.rest.ApiJson;
import dev.aside.rest.error.PercentEscapes;
import dev.aside.rest.output.OutputFormat;
import dev.aside.rest.output.RowRange;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of one call to the seed's endpoint, from the query string and, for a request with
 * a body, a form, a {@code {"data": {...}}} JSON document or a flat JSON object (body wins over query).
 *
 * @param function the function asked for, e.g. {@code read} or {@code echo}
 * @param params every parameter as a string, including {@code function}
 */
record SeedRequest(String function, Map<String, String> params) {

    /** Parameters the endpoint itself reads; every other one is passed to a called function. */
    static final Set<String> RESERVED = Set.of("function", "return", "time", "validate", "format", "offset", "limit");

    static SeedRequest parse(Context ctx, String defaultFunction) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> params.put(name, first(values)));
        readBody(ctx, params);
        String function = params.getOrDefault("function", defaultFunction).trim();
        if (function.isEmpty()) {
            throw new InvalidParameterException("Parameter 'function' is empty.");
        }
        return new SeedRequest(function, params);
    }

    /** {@code path}, or its alias {@code key}; a 400 when neither is given. */
    String requirePath() {
        String path = path();
        if (path == null || path.isBlank()) {
            throw new InvalidParameterException("Function '" + function + "' needs parameter 'path' (or 'key').");
        }
        return path;
    }

    /**
     * The item this call names: {@code path} (or {@code key}) in {@code storage}, resolved by the
     * engine's rule (default storage when absent; an unknown storage is a 400 even when cached).
     */
    ItemKey key(Cache cache) {
        return cache.resolve(storage(), requirePath());
    }

    /** {@code path}, or its alias {@code key}, or null. */
    String path() {
        String path = params.get("path");
        return path != null ? path : params.get("key");
    }

    String param(String name) {
        return params.get(name);
    }

    String storage() {
        String storage = params.get("storage");
        return storage == null || storage.isBlank() ? null : storage.trim().toLowerCase(Locale.ROOT);
    }

    /** The {@code return} parameter against the function's default. */
    boolean returnsData(boolean byDefault) {
        String mode = params.get("return");
        if (mode == null) {
            return byDefault;
        }
        return switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "data" -> true;
            case "meta" -> false;
            default -> throw new InvalidParameterException("Parameter 'return' must be meta or data, was '" + mode + "'.");
        };
    }

    boolean time() {
        return flag("time");
    }

    /** {@code validate=true}: compare the SOR's version first and reload a stale item. */
    boolean validate() {
        return flag("validate");
    }

    private boolean flag(String name) {
        String value = params.get(name);
        return value != null && List.of("true", "1", "yes").contains(value.trim().toLowerCase(Locale.ROOT));
    }

    OutputFormat format() {
        return OutputFormat.parse(params.get("format"));
    }

    RowRange range() {
        return RowRange.parse(params.get("offset"), params.get("limit"));
    }

    /** The keyword parameters for a function: everything but {@link #RESERVED}. */
    Map<String, String> functionParams() {
        Map<String, String> kwargs = new LinkedHashMap<>(params);
        kwargs.keySet().removeAll(RESERVED);
        return kwargs;
    }

    /**
     * The form's fields. Jetty and Javalin fail on a bad %-escape or a broken multipart body with
     * whatever exception their parser throws; each is the caller's malformed body, never a server fault.
     */
    private static Map<String, List<String>> formParams(Context ctx, String contentType) {
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            PercentEscapes.check(ctx.body(), "form body");
        }
        try {
            return ctx.formParamMap();
        } catch (Exception e) {
            throw new InvalidParameterException("The form body could not be read (a malformed %-escape or a broken "
                    + "multipart body). Send it as curl -d or --data-urlencode does, or as a JSON object.");
        }
    }

    /** A parameter given as a bare name ({@code ?flag}) has no value: an empty one. */
    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.get(0);
    }

    private static void readBody(Context ctx, Map<String, String> params) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/form-data")) {
            formParams(ctx, contentType).forEach((name, values) -> params.put(name, first(values)));
            return;
        }
        String body = ctx.body();
        if (body.isBlank()) {
            return;
        }
        if (!contentType.contains("json") && !body.stripLeading().startsWith("{")) {
            throw new InvalidParameterException("A request body must be a form or a JSON object, "
                    + "e.g. {\"data\": {\"function\": \"read\", \"path\": \"file1.json\"}}.");
        }
        JsonNode root;
        try {
            root = ApiJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidParameterException("The request body is not valid JSON: " + e.getOriginalMessage() + ".");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidParameterException("The JSON body must be an object of parameters.");
        }
        JsonNode data = root.size() == 1 && root.get("data") != null && root.get("data").isObject() ? root.get("data") : root;
        data.properties().forEach(field -> params.put(field.getKey(),
                field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
    }
}
