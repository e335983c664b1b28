package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.memory.MemoryTier;
import dev.aside.engine.value.Value;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the disk tier in step with memory behind the reader's back, on the {@link DiskWriter}: a
 * value is installed in memory and the catalog first and pinned in the writer until its disk write
 * commits, so persisting never makes a read wait and an eviction in between cannot send the next
 * read back to the SOR. Read counters are gathered here too and saved in one batch when the writer
 * next flushes them.
 *
 * <p>Thread-safe.
 */
final class WriteBehind {

    private static final Logger LOG = LoggerFactory.getLogger(WriteBehind.class);

    private final CatalogMirror catalog;
    private final MemoryTier memory;
    private final DiskTier disk;
    private final DiskWriter writer;
    private final ProfileKeeper profiles;
    private final Listeners listeners;
    private final Clock clock;
    private final Set<ItemKey> accessedSinceFlush = ConcurrentHashMap.newKeySet();

    WriteBehind(CatalogMirror catalog, MemoryTier memory, DiskTier disk, DiskWriter writer,
            ProfileKeeper profiles, Listeners listeners, Clock clock) {
        this.catalog = catalog;
        this.memory = memory;
        this.disk = disk;
        this.writer = writer;
        this.profiles = profiles;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** Makes {@code value} the key's current version in memory and the catalog, pinned until it is on disk. */
    CatalogEntry install(ItemInfo info, Value value) {
        CatalogEntry entry = new CatalogEntry(info, false);
        writer.pin(info.key(), value);
        catalog.put(entry);
        memory.put(info.key(), value, info.heapBytes());
        return entry;
    }

    /**
     * Queues the disk write of a just-installed value; {@code cleanup} runs afterwards whatever
     * happened (it removes the staged download).
     */
    void persist(CatalogEntry entry, Value value, Supplier<ItemInfo> write, Runnable cleanup) {
        ItemKey key = entry.loaded().key();
        writer.execute(() -> {
            try {
                if (!catalog.isCurrent(entry)) {
                    writer.unpin(key, value);
                    return; // deleted or replaced before it reached the disk
                }
                ItemInfo stored = write.get();
                entry.persisted(stored.diskBytes());
                writer.unpin(key, value);
                listeners.fire(new CacheEvent.Persisted(key, stored.diskBytes(), clock.instant()));
                profiles.afterWrite(entry, value);
            } catch (RuntimeException e) {
                LOG.warn("Could not write '{}' to the disk tier: {}", key, e.getMessage());
                persistFailed(entry, value);
                listeners.fire(new CacheEvent.PersistFailed(key, SorLoader.messageOf(e), clock.instant()));
            } finally {
                cleanup.run();
            }
        });
    }

    /** Notes a read of the key, so its counters reach the catalog row at the next {@link #flushAccess}. */
    void accessed(ItemKey key) {
        accessedSinceFlush.add(key);
    }

    /** Saves the counters of the keys read since the last flush; runs on the disk writer. */
    void flushAccess() {
        Map<ItemKey, ItemInfo> latest = new TreeMap<>();
        for (ItemKey key : accessedSinceFlush) {
            accessedSinceFlush.remove(key);
            CatalogEntry entry = catalog.get(key);
            if (entry != null && entry.onDisk()) {
                latest.put(key, entry.snapshot(false));
            }
        }
        if (!latest.isEmpty()) {
            disk.recordAccess(latest);
        }
    }

    /**
     * An item from a SOR is dropped, with any older copy on disk, so the next read loads it afresh
     * rather than finding a catalog entry with nothing (or an older version) behind it. A
     * function's result has no source to load from, so it stays pinned in memory.
     */
    private void persistFailed(CatalogEntry entry, Value value) {
        ItemKey key = entry.loaded().key();
        if (key.isWritten() || !catalog.remove(key, entry)) {
            return;
        }
        memory.remove(key);
        writer.unpin(key, value);
        try {
            disk.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the older disk copy of '{}': {}", key, e.getMessage());
        }
    }
}
