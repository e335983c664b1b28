package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.format.FormatRegistry;
import dev.aside.engine.memory.HeapEstimator;
import dev.aside.engine.memory.MemoryTier;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.SorPath;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cache-Aside engine: one memory tier, one disk tier, any number of systems of record.
 *
 * <h2>Design</h2>
 * A read looks in memory, then on disk, then goes to the SOR. The catalog ({@link CatalogEntry} per
 * key) is mirrored in memory so {@code head}, {@code list} and the hit path never touch H2; a memory
 * hit is a Caffeine lookup, a map lookup and two counter bumps.
 *
 * <p><b>One operation per key.</b> Misses, updates, deletes and puts go through {@link KeyFlights}:
 * concurrent readers of a missing key share one load, so 32 threads asking for it make one SOR
 * request, and a failed load is seen by all of them and stores nothing; an update, delete or put
 * runs alone for its key, so none of them can be undone or overtaken by a load of the same key.
 *
 * <p><b>Persisting never makes a read wait.</b> After a load the value goes to memory and the reader
 * returns; a single disk-writer thread then moves the staged file into the disk tier (or writes it)
 * and commits the catalog row. Until that commit the value is pinned in {@link #unpersisted}, so an
 * eviction in between cannot send the next read back to the SOR. Deletes run on the same thread, so
 * a delete is ordered after any write of the same key that was queued before it. If a write fails,
 * an item loaded from a SOR is dropped (the next read loads it again) while a function's result,
 * which has no source, stays pinned in memory.
 *
 * <p><b>Failures lose nothing.</b> {@code update} loads the new version before it replaces the old
 * one, so a SOR that is down or a file that became corrupt leaves the cached copy in place.
 */
final class CacheAsideEngine implements Cache, CachePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(CacheAsideEngine.class);

    private final Map<String, SystemOfRecord> systems;
    private final String defaultStorage;
    private final FormatRegistry formats;
    private final Clock clock;
    private final MemoryTier memory;
    private final DiskTier disk;
    private final SorLoader loader;
    private final Listeners listeners = new Listeners();
    private final StatsCounter stats = new StatsCounter();
    private final ConcurrentHashMap<String, CatalogEntry> catalog = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Value> unpersisted = new ConcurrentHashMap<>();
    private final KeyFlights flights = new KeyFlights();
    private final Set<String> accessedSinceFlush = ConcurrentHashMap.newKeySet();
    private final ExecutorService diskWriter;
    private volatile Thread diskWriterThread;

    CacheAsideEngine(CacheBuilder builder) {
        this.systems = Map.copyOf(builder.systems);
        this.defaultStorage = builder.defaultStorage != null ? builder.defaultStorage
                : builder.systems.isEmpty() ? null : builder.systems.keySet().iterator().next();
        this.formats = builder.formats;
        this.clock = builder.clock;
        this.memory = new MemoryTier(builder.memoryLimitBytes, this::onEvicted);
        this.disk = DiskTier.open(builder.cacheRoot, formats);
        this.loader = new SorLoader(formats, disk::newStagingFile, listeners, clock);
        this.diskWriter = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aside-disk-writer");
            thread.setDaemon(true);
            diskWriterThread = thread;
            return thread;
        });
        for (ItemInfo info : disk.entries()) {
            catalog.put(info.key(), new CatalogEntry(info, true));
        }
    }

    @Override
    public CachedItem read(String path, ReadOptions options) {
        // Fast path: every catalog key is already clean, so a path equal to one needs no cleaning.
        CatalogEntry entry = path == null ? null : catalog.get(path);
        String key = entry != null ? path : SorPath.normalize(path);
        if (entry == null) {
            entry = catalog.get(key);
        }
        Value value = entry == null ? null : memory.get(key);
        if (value != null) {
            if (options.validate() && isStale(entry.loaded())) {
                return update(key, options);
            }
            stats.memoryHits.increment();
            return hit(key, entry, value, Tier.MEMORY);
        }
        CachedItem item = loadOnce(key, options);
        if (options.validate() && !item.loadedFromSor() && isStale(item.info())) {
            return update(key, options);
        }
        return item;
    }

    @Override
    public CachedItem update(String path, ReadOptions options) {
        String key = SorPath.normalize(path);
        CatalogEntry entry = catalog.get(key);
        String storage = options.storage() != null || entry == null ? options.storage() : entry.loaded().storage();
        return flights.exclusive(key, () -> loadFromSor(key, storage));
    }

    @Override
    public boolean delete(String path) {
        String key = SorPath.normalize(path);
        boolean deleted = flights.exclusive(key, () -> {
            boolean known = catalog.remove(key) != null;
            memory.remove(key);
            unpersisted.remove(key);
            return onDiskWriter(() -> disk.delete(key)) || known;
        });
        if (deleted) {
            listeners.fire(new CacheEvent.Deleted(key, clock.instant()));
        }
        return deleted;
    }

    @Override
    public Optional<ItemInfo> head(String path) {
        String key = SorPath.normalize(path);
        CatalogEntry entry = catalog.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.snapshot(memory.contains(key)));
    }

    @Override
    public Optional<CachedItem> getIfPresent(String path) {
        String key = SorPath.normalize(path);
        CatalogEntry entry = catalog.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        Value value = memory.get(key);
        if (value != null) {
            stats.memoryHits.increment();
            return Optional.of(hit(key, entry, value, Tier.MEMORY));
        }
        return Optional.ofNullable(flights.read(key, () -> {
            CatalogEntry current = catalog.get(key);
            return current == null ? null : fromDisk(key, current);
        }));
    }

    @Override
    public ItemInfo put(String path, Value value) {
        return store(SorPath.normalize(path), value, info -> disk.store(info, value), () -> { });
    }

    @Override
    public ItemInfo putParquet(String path, Path parquetFile) {
        String key = SorPath.normalize(path);
        Path staged = disk.newStagingFile(".parquet");
        try {
            Files.move(parquetFile, staged); // a rename on the cache's own file system
        } catch (IOException e) {
            throw new CacheStorageException("Cannot move the result for '" + key + "' into the cache folder: "
                    + e.getMessage() + ". Check free space and permissions.", e);
        }
        try {
            Value value = formats.forPath(staged.toString()).read(staged, key);
            return store(key, value, info -> disk.storeTableFile(info, staged), () -> DiskTier.deleteQuietly(staged));
        } catch (RuntimeException e) {
            DiskTier.deleteQuietly(staged);
            throw e;
        }
    }

    private ItemInfo store(String key, Value value, Function<ItemInfo, ItemInfo> write,
            Runnable cleanup) {
        Instant now = clock.instant();
        ItemInfo info = new ItemInfo(key, value.kind(), null, null, null, -1, value.rows(),
                value.columns(), HeapEstimator.estimate(value), 0, now, 0, now, 0, Tier.MEMORY);
        CatalogEntry entry = flights.exclusive(key, () -> {
            refuseToReplaceSorItem(key);
            CatalogEntry installed = install(info, value);
            queuePersist(installed, value, () -> write.apply(info), cleanup);
            return installed;
        });
        listeners.fire(new CacheEvent.Stored(key, info, now));
        return entry.snapshot(true);
    }

    /**
     * An item loaded from a SOR mirrors its source: a value written over it would be served as the
     * source's data and could never be re-validated against it.
     */
    private void refuseToReplaceSorItem(String key) {
        CatalogEntry current = catalog.get(key);
        if (current != null && current.loaded().storage() != null) {
            throw new InvalidParameterException("'" + key + "' was loaded from its source ('"
                    + current.loaded().storage() + "') and cannot be replaced by a written value. Store it under "
                    + "another key (e.g. results/" + key + "), or delete the item first.");
        }
    }

    @Override
    public List<ItemInfo> list() {
        List<ItemInfo> items = new ArrayList<>(catalog.size());
        new TreeMap<>(catalog).forEach((key, entry) -> items.add(entry.snapshot(memory.contains(key))));
        return items;
    }

    @Override
    public CacheStats stats() {
        return stats.snapshot(catalog.size(), memory.size(), memory.usedBytes(), memory.limitBytes());
    }

    @Override
    public CachePolicy policy() {
        return this;
    }

    @Override
    public SystemOfRecord systemOfRecord(String storage) {
        String name = storage == null || storage.isEmpty() ? defaultStorage : storage;
        SystemOfRecord sor = name == null ? null : systems.get(name);
        if (sor == null && systems.isEmpty()) {
            throw new InvalidParameterException("No system of record is configured. Set REMOTE_STORAGE "
                    + "to a folder or AWS_BUCKET_NAME to an S3 bucket.");
        }
        if (sor == null) {
            throw new InvalidParameterException("No system of record named '" + storage
                    + "' is configured. Use one of: " + storages() + ".");
        }
        return sor;
    }

    @Override
    public List<String> storages() {
        List<String> names = new ArrayList<>();
        if (defaultStorage != null) {
            names.add(defaultStorage);
        }
        systems.keySet().stream().filter(name -> !name.equals(defaultStorage)).sorted().forEach(names::add);
        return names;
    }

    @Override
    public Subscription subscribe(CacheListener listener) {
        return listeners.add(listener);
    }

    @Override
    public long memoryLimitBytes() {
        return memory.limitBytes();
    }

    @Override
    public void setMemoryLimitBytes(long bytes) {
        if (bytes <= 0) {
            throw new InvalidParameterException("The memory limit must be positive, was " + bytes + ".");
        }
        memory.setLimitBytes(bytes);
    }

    @Override
    public long memoryUsedBytes() {
        return memory.usedBytes();
    }

    @Override
    public boolean evictFromMemory(String path) {
        String key = SorPath.normalize(path);
        if (unpersisted.containsKey(key)) {
            return false; // still being written: it stays in memory until it is on disk
        }
        long freed = memory.remove(key);
        if (freed >= 0) {
            onEvicted(key, freed);
        }
        return freed >= 0;
    }

    @Override
    public Path cacheRoot() {
        return disk.root();
    }

    @Override
    public Optional<Path> tableFile(String path) {
        String key = SorPath.normalize(path);
        CatalogEntry entry = catalog.get(key);
        if (entry == null || !entry.onDisk() || entry.loaded().kind() != ItemKind.TABLE) {
            return Optional.empty();
        }
        return disk.tableFile(key);
    }

    @Override
    public void awaitPersistence() {
        onDiskWriter(() -> {
            flushAccess();
            return null;
        });
    }

    @Override
    public void close() {
        diskWriter.submit(this::flushAccess);
        diskWriter.shutdown();
        try {
            if (!diskWriter.awaitTermination(5, TimeUnit.MINUTES)) {
                LOG.warn("Disk writes did not finish in time; unfinished items will load from their source");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        disk.close();
        systems.values().forEach(SystemOfRecord::close);
    }

    // ---- reads ----

    private CachedItem hit(String key, CatalogEntry entry, Value value, Tier tier) {
        entry.recordHit(clock.instant());
        accessedSinceFlush.add(key);
        return new CachedItem(entry.snapshot(true), value, tier);
    }

    private CachedItem loadOnce(String key, ReadOptions options) {
        return flights.read(key, () -> {
            CatalogEntry entry = catalog.get(key);
            Value value = entry == null ? null : memory.get(key);
            if (value != null) {
                stats.memoryHits.increment();
                return hit(key, entry, value, Tier.MEMORY);
            }
            if (entry != null) {
                return fromDisk(key, entry);
            }
            return loadFromSor(key, options.storage());
        });
    }

    private CachedItem fromDisk(String key, CatalogEntry entry) {
        Value pending = unpersisted.get(key);
        if (pending != null) {
            memory.put(key, pending, entry.loaded().heapBytes());
            stats.memoryHits.increment();
            return hit(key, entry, pending, Tier.MEMORY);
        }
        Value value = disk.load(key, entry.loaded().kind());
        if (value == null) {
            throw new ItemNotFoundException("'" + key + "' is in the catalog but not on disk; read it again "
                    + "to load it from its source.");
        }
        memory.put(key, value, entry.loaded().heapBytes());
        stats.diskHits.increment();
        return hit(key, entry, value, Tier.DISK);
    }

    private CachedItem loadFromSor(String key, String storage) {
        SystemOfRecord sor = systemOfRecord(storage);
        stats.misses.increment();
        long started = System.nanoTime();
        SorLoader.Loaded loaded;
        try {
            loaded = loader.load(key, sor);
        } catch (RuntimeException e) {
            stats.loadFailures.increment();
            throw e;
        }
        stats.loads.increment();
        stats.loadNanos.add(System.nanoTime() - started);
        CatalogEntry entry = install(loaded.info(), loaded.value());
        queuePersist(entry, loaded.value(), () -> persistLoaded(loaded),
                () -> DiskTier.deleteQuietly(loaded.staged()));
        listeners.fire(new CacheEvent.LoadFinished(key, loaded.info(), loaded.downloadMillis(),
                loaded.decodeMillis(), clock.instant()));
        return new CachedItem(entry.snapshot(true), loaded.value(), null);
    }

    private ItemInfo persistLoaded(SorLoader.Loaded loaded) {
        try {
            if (loaded.value() instanceof TableValue table) {
                return loaded.format().name().equals("parquet")
                        ? disk.storeTableFile(loaded.info(), loaded.staged())
                        : disk.storeTable(loaded.info(), table);
            }
            return disk.storePayload(loaded.info(), Files.readAllBytes(loaded.staged()));
        } catch (IOException e) {
            throw new CacheStorageException("Cannot read the staged copy of '" + loaded.info().key()
                    + "': " + e.getMessage(), e);
        }
    }

    private boolean isStale(ItemInfo info) {
        if (info.storage() == null) {
            return false; // a function's result has no source to compare with
        }
        ObjectMeta current = systemOfRecord(info.storage()).stat(info.key());
        ObjectMeta cached = new ObjectMeta(info.key(), info.sorSize(), info.sorLastModified(),
                info.sorEtag());
        return current.differsFrom(cached);
    }

    // ---- writes ----

    private CatalogEntry install(ItemInfo info, Value value) {
        CatalogEntry entry = new CatalogEntry(info, false);
        unpersisted.put(info.key(), value);
        catalog.put(info.key(), entry);
        memory.put(info.key(), value, info.heapBytes());
        return entry;
    }

    /**
     * Queues the disk write of a just-installed value; {@code cleanup} runs afterwards whatever
     * happened (it removes the staged download).
     */
    private void queuePersist(CatalogEntry entry, Value value, Supplier<ItemInfo> write, Runnable cleanup) {
        String key = entry.loaded().key();
        diskWriter.execute(() -> {
            try {
                if (catalog.get(key) != entry) {
                    unpersisted.remove(key, value);
                    return; // deleted or replaced before it reached the disk
                }
                ItemInfo stored = write.get();
                entry.persisted(stored.diskBytes());
                unpersisted.remove(key, value);
                listeners.fire(new CacheEvent.Persisted(key, stored.diskBytes(), clock.instant()));
            } catch (RuntimeException e) {
                LOG.warn("Could not write '{}' to the disk tier: {}", key, e.getMessage());
                persistFailed(entry, value);
                listeners.fire(new CacheEvent.PersistFailed(key, SorLoader.messageOf(e), clock.instant()));
            } finally {
                cleanup.run();
            }
        });
    }

    /**
     * An item from a SOR is dropped, with any older copy on disk, so the next read loads it afresh
     * rather than finding a catalog entry with nothing (or an older version) behind it. A
     * function's result has no source to load from, so it stays pinned in memory.
     */
    private void persistFailed(CatalogEntry entry, Value value) {
        String key = entry.loaded().key();
        if (entry.loaded().storage() == null || !catalog.remove(key, entry)) {
            return;
        }
        memory.remove(key);
        unpersisted.remove(key, value);
        try {
            disk.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the older disk copy of '{}': {}", key, e.getMessage());
        }
    }

    private void onEvicted(String key, long heapBytes) {
        stats.evictions.increment();
        listeners.fire(new CacheEvent.Evicted(key, heapBytes, clock.instant()));
    }

    private void flushAccess() {
        Map<String, ItemInfo> latest = new TreeMap<>();
        for (String key : accessedSinceFlush) {
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

    private <T> T onDiskWriter(Callable<T> task) {
        if (Thread.currentThread() == diskWriterThread) {
            try {
                return task.call(); // a listener called back from the writer itself: waiting would deadlock
            } catch (Exception e) {
                throw unwrap(e);
            }
        }
        try {
            return diskWriter.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CacheStorageException("Interrupted while waiting for the disk tier.", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new CacheStorageException("Unexpected failure: " + cause, cause);
    }
}
