package dev.aside.engine;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * The live catalog entry of one item: the facts fixed at load time plus counters that every read
 * bumps. Reads update it without locks so a memory hit stays well under a microsecond.
 */
final class CatalogEntry {

    private final ItemInfo loaded;
    private final LongAdder hits = new LongAdder();
    private volatile Instant lastAccess;
    private volatile long diskBytes;
    private volatile boolean onDisk;

    CatalogEntry(ItemInfo loaded, boolean onDisk) {
        this.loaded = loaded;
        this.hits.add(loaded.hits());
        this.lastAccess = loaded.lastAccess();
        this.diskBytes = loaded.diskBytes();
        this.onDisk = onDisk;
    }

    void recordHit(Instant at) {
        hits.increment();
        lastAccess = at;
    }

    void persisted(long bytes) {
        diskBytes = bytes;
        onDisk = true;
    }

    boolean onDisk() {
        return onDisk;
    }

    ItemInfo loaded() {
        return loaded;
    }

    ItemInfo snapshot(boolean inMemory) {
        Tier tier = !onDisk ? Tier.MEMORY : inMemory ? Tier.BOTH : Tier.DISK;
        return new ItemInfo(loaded.key(), loaded.kind(), loaded.sorEtag(),
                loaded.sorLastModified(), loaded.sorSize(), loaded.rows(), loaded.columns(),
                loaded.heapBytes(), diskBytes, loaded.loadedAt(), loaded.loadMillis(), lastAccess,
                hits.sum(), tier);
    }
}
