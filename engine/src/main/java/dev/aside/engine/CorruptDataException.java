package dev.aside.engine;

/** A file that claims a format but cannot be decoded as it (truncated, damaged or mislabelled). */
public class CorruptDataException extends AsideException {

    public CorruptDataException(String message) {
        super(message);
    }

    public CorruptDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
