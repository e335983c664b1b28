package dev.aside.engine;

/** No function is registered under the name asked for (or the name is not a valid function name). */
public class FunctionNotFoundException extends AsideException {

    public FunctionNotFoundException(String message) {
        super(message);
    }

    public FunctionNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
