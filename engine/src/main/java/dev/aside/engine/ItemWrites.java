package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.format.FormatRegistry;
import dev.aside.engine.memory.HeapEstimator;
import dev.aside.engine.memory.MemoryTier;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The write path: values a function stores ({@code put}, {@code putParquet}) and deletes. Each runs
 * alone for its key ({@link KeyFlights#exclusive}), so none of them can be undone or overtaken by a
 * load of the same key; a stored value is in memory when the call returns and reaches the disk
 * through {@link WriteBehind}, and a delete runs on the same writer, after any write of the key
 * queued before it.
 *
 * <p>Thread-safe.
 */
final class ItemWrites {

    private final CatalogMirror catalog;
    private final MemoryTier memory;
    private final DiskTier disk;
    private final DiskWriter writer;
    private final WriteBehind writeBehind;
    private final KeyFlights flights;
    private final SorRegistry sors;
    private final FormatRegistry formats;
    private final Listeners listeners;
    private final Clock clock;

    ItemWrites(CatalogMirror catalog, MemoryTier memory, DiskTier disk, DiskWriter writer, WriteBehind writeBehind,
            KeyFlights flights, SorRegistry sors, FormatRegistry formats, Listeners listeners, Clock clock) {
        this.catalog = catalog;
        this.memory = memory;
        this.disk = disk;
        this.writer = writer;
        this.writeBehind = writeBehind;
        this.flights = flights;
        this.sors = sors;
        this.formats = formats;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** {@link Cache#put}. */
    ItemInfo put(ItemKey key, Value value) {
        return store(key, value, info -> disk.store(info, value), () -> { });
    }

    /** {@link Cache#putParquet}: the file is moved into the cache folder and kept as the item's table file. */
    ItemInfo putParquet(ItemKey key, Path parquetFile) {
        Path staged = disk.newStagingFile(".parquet");
        try {
            Files.move(parquetFile, staged, StandardCopyOption.REPLACE_EXISTING); // a rename on the cache's own file system
        } catch (IOException e) {
            throw new CacheStorageException("Cannot move the result for '" + key + "' into the cache folder: "
                    + e.getMessage() + ". Check free space and permissions.", e);
        }
        try {
            Value value = formats.forPath(staged.toString()).read(staged, key.path());
            return store(key, value, info -> disk.storeTableFile(info, staged), () -> DiskTier.deleteQuietly(staged));
        } catch (RuntimeException e) {
            DiskTier.deleteQuietly(staged);
            throw e;
        }
    }

    /** {@link Cache#delete}: memory, catalog and disk; false when the key was cached nowhere. */
    boolean delete(ItemKey key) {
        boolean deleted = flights.exclusive(key, () -> {
            boolean known = catalog.remove(key);
            memory.remove(key);
            writer.unpin(key);
            return writer.call(() -> disk.delete(key)) || known;
        });
        if (deleted) {
            listeners.fire(new CacheEvent.Deleted(key, clock.instant()));
        }
        return deleted;
    }

    private ItemInfo store(ItemKey key, Value value, Function<ItemInfo, ItemInfo> write, Runnable cleanup) {
        if (!key.isWritten()) {
            throw new InvalidParameterException("'" + key + "' names a storage: only its source's content is "
                    + "cached under it. Store the value under a name without a storage.");
        }
        Instant now = clock.instant();
        ItemInfo info = new ItemInfo(key, value.kind(), null, null, -1, value.rows(),
                value.columns(), HeapEstimator.estimate(value), 0, now, 0, now, 0, Tier.MEMORY);
        CatalogEntry entry = flights.exclusive(key, () -> {
            refuseToShadowSorItem(key);
            CatalogEntry installed = writeBehind.install(info, value);
            writeBehind.persist(installed, value, () -> write.apply(info), cleanup);
            return installed;
        });
        listeners.fire(new CacheEvent.Stored(key, info, now));
        return entry.snapshot(true);
    }

    /**
     * A read naming no storage prefers a written value to the default storage's item, so a written
     * value beside a cached default-storage item of the same path would silently answer in its place.
     */
    private void refuseToShadowSorItem(ItemKey key) {
        String storage = sors.defaultStorage();
        if (storage != null && catalog.contains(ItemKey.of(storage, key.path()))) {
            throw new InvalidParameterException("'" + key.path() + "' is cached from its source ('" + storage
                    + "') and cannot be replaced by a written value. Store it under another name (e.g. results/"
                    + key.path() + "), or delete the item first.");
        }
    }
}
