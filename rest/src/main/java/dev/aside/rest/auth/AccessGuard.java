package dev.aside.rest.auth;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Decides whether a request may go on. {@link Access#CODE} always needs the token, loopback included:
 * whoever runs code on the server acts as its account (Jupyter's rule). {@link Access#READ} needs it
 * beyond loopback; {@link Access#WRITE} too, and on loopback as well when writes are locked;
 * {@link Access#OPEN} never does. With no token at all ({@code --no-token}) everything is open, as the
 * seed ran. Tokens are compared in constant time. Thread-safe and immutable.
 */
public final class AccessGuard {

    private static final String BEARER = "Bearer ";

    private final byte[] token;
    private final boolean loopbackOnly;
    private final boolean writesNeedToken;

    /**
     * @param token the access token, or null for none (the seed's open server)
     * @param loopbackOnly whether only this machine can reach the server
     * @param writesNeedToken whether {@link Access#WRITE} needs the token on loopback too
     */
    public AccessGuard(String token, boolean loopbackOnly, boolean writesNeedToken) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.loopbackOnly = loopbackOnly;
        this.writesNeedToken = writesNeedToken;
    }

    /** Throws {@link AuthException} when the request may not have {@code access}. */
    public void check(Context ctx, Access access) {
        if (token == null || !needsToken(access)) {
            return;
        }
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw AuthException.missing(access);
        }
        byte[] given = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, given)) {
            throw AuthException.wrong();
        }
    }

    private boolean needsToken(Access access) {
        return switch (access) {
            case OPEN -> false;
            case READ -> !loopbackOnly;
            case WRITE -> !loopbackOnly || writesNeedToken;
            case CODE -> true;
        };
    }
}
