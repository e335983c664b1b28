package dev.aside.engine;

/**
 * The disk copy of an item could not be decoded; it has already been moved to the cache folder's
 * {@code quarantine} folder and its catalog row removed. The engine answers it by loading the item
 * again from its source; only a caller below the engine sees this exception.
 */
public class DamagedCopyException extends CacheStorageException {

    private final ItemKey key;

    public DamagedCopyException(ItemKey key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** The item whose disk copy was damaged. */
    public ItemKey key() {
        return key;
    }
}
