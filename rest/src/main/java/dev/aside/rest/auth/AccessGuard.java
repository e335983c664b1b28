package dev.aside.rest.auth;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Decides whether a request may go on. With no token configured (loopback only, as the seed ran)
 * everything is open. With a token, {@link Access#PRIVILEGED} always needs it, {@link Access#READ}
 * needs it when the server is reachable beyond loopback, and {@link Access#OPEN} never does. Tokens
 * are compared in constant time. Thread-safe and immutable.
 */
public final class AccessGuard {

    private static final String BEARER = "Bearer ";

    private final byte[] token;
    private final boolean loopbackOnly;

    public AccessGuard(String token, boolean loopbackOnly) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.loopbackOnly = loopbackOnly;
    }

    /** Throws {@link AuthException} when the request may not have {@code access}. */
    public void check(Context ctx, Access access) {
        if (token == null || access == Access.OPEN || access == Access.READ && loopbackOnly) {
            return;
        }
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw AuthException.missing();
        }
        byte[] given = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, given)) {
            throw AuthException.wrong();
        }
    }
}
