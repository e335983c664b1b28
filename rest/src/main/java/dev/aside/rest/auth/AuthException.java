package dev.aside.rest.auth;

/** A request without the access token (401) or with a wrong one (403). The message never holds a token. */
public final class AuthException extends RuntimeException {

    private final int status;

    private AuthException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static AuthException missing() {
        return new AuthException(401, "This request needs the access token: send 'Authorization: Bearer <token>'.");
    }

    static AuthException wrong() {
        return new AuthException(403, "The access token is not valid for this server.");
    }

    public int status() {
        return status;
    }
}
