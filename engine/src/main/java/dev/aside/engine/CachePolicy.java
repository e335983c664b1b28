package dev.aside.engine;

import dev.aside.engine.format.FormatRegistry;
import java.nio.file.Path;

/** Administration of a {@link Cache}: limits, forced eviction, where things live. */
public interface CachePolicy {

    long memoryLimitBytes();

    /** Changes the memory bound; shrinking evicts at once, least valuable first. */
    void setMemoryLimitBytes(long bytes);

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
