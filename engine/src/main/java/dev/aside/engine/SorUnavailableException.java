package dev.aside.engine;

/** The system of record cannot be reached (down, timed out, misconfigured). */
public class SorUnavailableException extends AsideException {

    public SorUnavailableException(String message) {
        super(message);
    }

    public SorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
