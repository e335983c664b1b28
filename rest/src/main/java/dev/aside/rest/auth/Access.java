package dev.aside.rest.auth;

import io.javalin.security.RouteRole;

/** What a route needs from the caller when the server has an access token. */
public enum Access implements RouteRole {
    /** Never needs the token: health and the API documentation. */
    OPEN,
    /** Needs the token only when the server is reachable beyond loopback. */
    READ,
    /** Always needs the token when one is set: runs user code or deletes data. */
    PRIVILEGED
}
