package dev.aside.engine;

/** A file whose extension no registered format reads. */
public class UnsupportedFormatException extends AsideException {

    public UnsupportedFormatException(String message) {
        super(message);
    }

    public UnsupportedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
