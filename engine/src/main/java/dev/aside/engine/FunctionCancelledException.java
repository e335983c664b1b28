package dev.aside.engine;

/** A function call was cancelled before it finished; its thread was interrupted. */
public class FunctionCancelledException extends AsideException {

    public FunctionCancelledException(String message) {
        super(message);
    }

    public FunctionCancelledException(String message, Throwable cause) {
        super(message, cause);
    }
}
