package dev.aside.engine;

/** No function is registered under the name asked for (or the name is not a valid function name). */
public class FunctionNotFoundException extends AsideException {

    public FunctionNotFoundException(String message) {
        super(message);
    }

    public FunctionNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No function is registered as {@code name}: the message says where functions come from. */
    public static FunctionNotFoundException named(String name) {
        return new FunctionNotFoundException("There is no function named '" + name + "'. List the functions with "
                + "GET /api/v1/functions; add one by saving NAME.java in the functions folder or with function_create.");
    }
}
