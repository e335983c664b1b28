package dev.aside.engine;

/**
 * The cache holds no item under the key asked for (and none was to be loaded). {@link #key()} names
 * the item when one was asked for; each front end words how to load it for its reader.
 */
public class ItemNotFoundException extends AsideException {

    private final ItemKey key;

    public ItemNotFoundException(String message) {
        this(message, null, null);
    }

    public ItemNotFoundException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public ItemNotFoundException(String message, ItemKey key, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** Nothing is cached under {@code key}. */
    public static ItemNotFoundException notCached(ItemKey key) {
        return new ItemNotFoundException("No item '" + key + "' is cached.", key, null);
    }

    /** The item asked for, or null when the failure is not about one item. */
    public ItemKey key() {
        return key;
    }
}
