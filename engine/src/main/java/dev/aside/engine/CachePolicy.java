package dev.aside.engine;

import dev.aside.engine.format.FormatRegistry;
import java.nio.file.Path;
import java.util.List;

/** Administration of a {@link Cache}: limits, forced eviction, where things live. */
public interface CachePolicy {

    long memoryLimitBytes();

    /**
     * Changes the memory bound. Shrinking evicts at once, only what the new bound requires (the
     * fewest items, largest first; see {@code MemoryTier#setLimitBytes}); evicted items stay on disk
     * and each is also reported as a {@link CacheEvent.Evicted}.
     *
     * @return the keys evicted from memory, empty when everything fits
     * @throws InvalidParameterException when {@code bytes} is not positive
     */
    List<ItemKey> setMemoryLimitBytes(long bytes);

    long memoryUsedBytes();

    /** Drops the item from memory only; it stays on disk. False when it was not in memory. */
    boolean evictFromMemory(ItemKey key);

    /** The folder holding the disk tier. */
    Path cacheRoot();

    /** The file types this cache reads; ask it before a SOR request, as reads do. */
    FormatRegistry formats();

    /** Blocks until every disk write queued so far has finished (for tests and shutdown). */
    void awaitPersistence();
}
