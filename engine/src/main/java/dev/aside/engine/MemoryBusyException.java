package dev.aside.engine;

/**
 * A read needed to decode an item but the memory budget (items held plus decodes in flight) had no
 * room for it within the admission wait, or the heap ran out while decoding. Nothing was lost: the
 * item stays where it was (on disk or in its source) and the same read may simply be tried again
 * after {@link #retryAfterSeconds()}.
 */
public class MemoryBusyException extends AsideException {

    private final long retryAfterSeconds;

    public MemoryBusyException(String message, long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Seconds after which trying again is reasonable; at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
