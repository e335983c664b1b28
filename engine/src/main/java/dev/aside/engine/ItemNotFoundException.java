package dev.aside.engine;

/** The cache holds no item under the key asked for (and none was to be loaded). */
public class ItemNotFoundException extends AsideException {

    public ItemNotFoundException(String message) {
        super(message);
    }

    public ItemNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
