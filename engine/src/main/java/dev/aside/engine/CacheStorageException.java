package dev.aside.engine;

/** The local disk tier failed (disk full, permissions, damaged database). */
public class CacheStorageException extends AsideException {

    public CacheStorageException(String message) {
        super(message);
    }

    public CacheStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
