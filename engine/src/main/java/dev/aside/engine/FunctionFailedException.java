package dev.aside.engine;

/** A function threw; the message says what it reported. The engine is unaffected. */
public class FunctionFailedException extends AsideException {

    public FunctionFailedException(String message) {
        super(message);
    }

    public FunctionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
