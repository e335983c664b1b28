package dev.aside.engine;

import java.time.Instant;

/** Something that happened to one item ({@link #key()}) in the cache, for consoles, logs and metrics. */
public sealed interface CacheEvent {

    ItemKey key();

    Instant at();

    /** A SOR load began; {@code totalBytes} is -1 when the size is not known yet. */
    record LoadStarted(ItemKey key, long totalBytes, Instant at) implements CacheEvent {}

    /** Bytes of a SOR load downloaded so far. */
    record LoadProgress(ItemKey key, long bytesDone, long totalBytes, Instant at) implements CacheEvent {}

    record LoadFinished(ItemKey key, ItemInfo info, long downloadMillis, long decodeMillis, Instant at)
            implements CacheEvent {}

    /** A load failed; {@code message} is the person-safe message of the error. */
    record LoadFailed(ItemKey key, String message, Instant at) implements CacheEvent {}

    /** An item was added or replaced without a SOR load (a function wrote it). */
    record Stored(ItemKey key, ItemInfo info, Instant at) implements CacheEvent {}

    /** An item left memory to make room (or was evicted on request); it stays on disk. */
    record Evicted(ItemKey key, long heapBytes, Instant at) implements CacheEvent {}

    /** An item was deleted from memory and disk. */
    record Deleted(ItemKey key, Instant at) implements CacheEvent {}

    /** An item reached the disk tier. */
    record Persisted(ItemKey key, long diskBytes, Instant at) implements CacheEvent {}

    /** Writing an item to disk failed; the item is still served from memory. */
    record PersistFailed(ItemKey key, String message, Instant at) implements CacheEvent {}
}
