package dev.aside.rest.auth;

/**
 * A request without the access token (401), with a wrong one (403), or refused because it comes from a
 * web page (403, see {@link BrowserGuard}). The message never holds a token.
 */
public final class AuthException extends RuntimeException {

    private final int status;
    private final String type;

    private AuthException(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    static AuthException missing(Access access) {
        String why = access == Access.CODE ? "It deploys or runs code, which needs the access token even on this machine"
                : "It needs the access token";
        return new AuthException(401, "unauthorized", why + ": send 'Authorization: Bearer <token>'. The token is in "
                + "the server's data folder (server.token) or was given by --token-file or ASIDE_TOKEN.");
    }

    static AuthException wrong() {
        return new AuthException(403, "forbidden", "The access token is not valid for this server.");
    }

    static AuthException browser(String message) {
        return new AuthException(403, "browser_request_refused", message);
    }

    public int status() {
        return status;
    }

    /** The error type the API reports, e.g. {@code unauthorized}. */
    public String type() {
        return type;
    }
}
