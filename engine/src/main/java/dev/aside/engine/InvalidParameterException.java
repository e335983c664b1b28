package dev.aside.engine;

/** A parameter that is missing, of the wrong type or out of range. */
public class InvalidParameterException extends AsideException {

    public InvalidParameterException(String message) {
        super(message);
    }

    public InvalidParameterException(String message, Throwable cause) {
        super(message, cause);
    }
}
