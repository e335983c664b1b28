package dev.aside.engine;

/** A function call ran past its time limit; its thread was interrupted. */
public class FunctionTimeoutException extends AsideException {

    public FunctionTimeoutException(String message) {
        super(message);
    }

    public FunctionTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
