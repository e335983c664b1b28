package dev.aside.engine;

/** A path that is empty, malformed or tries to leave the SOR or cache root. */
public class InvalidPathException extends AsideException {

    public InvalidPathException(String message) {
        super(message);
    }

    public InvalidPathException(String message, Throwable cause) {
        super(message, cause);
    }
}
