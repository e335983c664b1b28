package dev.aside.engine;

/** The cache holds no item under the key asked for (and none was to be loaded). */
public class ItemNotFoundException extends AsideException {

    public ItemNotFoundException(String message) {
        super(message);
    }

    public ItemNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Nothing is cached under {@code key}: the message says how to load it. */
    public static ItemNotFoundException notCached(String key) {
        return new ItemNotFoundException("No item '" + key + "' is cached. Load it from its source first "
                + "(function=create&path=" + key + "), or list what is cached with GET /api/v1/items.");
    }
}
