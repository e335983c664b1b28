package dev.aside.engine;

/** The system of record has no object at the path asked for. */
public class ObjectNotFoundException extends AsideException {

    public ObjectNotFoundException(String message) {
        super(message);
    }

    public ObjectNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
