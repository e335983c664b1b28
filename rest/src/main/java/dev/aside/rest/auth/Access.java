package dev.aside.rest.auth;

import io.javalin.security.RouteRole;

/**
 * What a request may do, and so when it needs the access token ({@link AccessGuard} decides). Ordered
 * from least to most trusted.
 */
public enum Access implements RouteRole {
    /** Never needs the token: health and the API documentation. */
    OPEN,
    /** Reads and loads data: needs the token only beyond loopback, so the seed's curl lines keep working. */
    READ,
    /** Changes or removes cached data (delete, update, {@code store_as}): like READ, unless writes are locked. */
    WRITE,
    /** Deploys or runs caller-supplied code (function_create, sql, user functions): always needs the token. */
    CODE
}
