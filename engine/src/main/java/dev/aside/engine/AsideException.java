package dev.aside.engine;

/**
 * The engine's one exception family. Every message is safe to show a person (no secrets, no stack
 * traces) and says what to do next. Callers map subclasses to their own terms in one place (the REST
 * layer to HTTP statuses, the console to notifications).
 */
public abstract class AsideException extends RuntimeException {

    protected AsideException(String message) {
        super(message);
    }

    protected AsideException(String message, Throwable cause) {
        super(message, cause);
    }
}
