package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.format.FormatRegistry;
import dev.aside.engine.memory.DecodeAdmission;
import dev.aside.engine.memory.HeapEstimator;
import dev.aside.engine.memory.MemoryTier;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cache-Aside engine: one memory tier, one disk tier, any number of systems of record.
 *
 * <h2>Design</h2>
 * An item is an {@link ItemKey}: storage and path, so one path in two storages is two items with
 * their own memory entry, catalog row, disk file and events. Turning what a person typed into a key
 * (the default storage, written values) is {@link SorRegistry}'s one rule; past that, the engine
 * only ever sees keys. A read looks in memory, then on disk, then goes to the key's SOR. The catalog
 * ({@link CatalogEntry} per key) is mirrored in memory so {@code head}, {@code list} and the hit path never touch H2; a memory
 * hit is a Caffeine lookup, a map lookup and two counter bumps.
 *
 * <p><b>One operation per key.</b> Misses, updates, deletes and puts go through {@link KeyFlights}:
 * concurrent readers of a missing key share one load, so 32 threads asking for it make one SOR
 * request, and a failed load is seen by all of them and stores nothing; an update, delete or put
 * runs alone for its key, so none of them can be undone or overtaken by a load of the same key.
 *
 * <p><b>Persisting never makes a read wait.</b> After a load the value goes to memory and the reader
 * returns; the {@link DiskWriter} (one task at a time, on the executor the builder gave) then moves
 * the staged file into the disk tier (or writes it) and commits the catalog row. Until that commit
 * the value is pinned in the writer, so an eviction in between cannot send the next read back to the
 * SOR. Deletes run on the same writer, so a delete is ordered after any write of the same key that
 * was queued before it. If a write fails,
 * an item loaded from a SOR is dropped (the next read loads it again) while a function's result,
 * which has no source, stays pinned in memory.
 *
 * <p><b>Failures lose nothing.</b> {@code update} loads the new version before it replaces the old
 * one, so a SOR that is down or a file that became corrupt leaves the cached copy in place.
 */
final class CacheAsideEngine implements Cache, CachePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(CacheAsideEngine.class);

    private final SorRegistry sors;
    private final FormatRegistry formats;
    private final Clock clock;
    private final Ticker ticker;
    private final MemoryTier memory;
    private final DiskTier disk;
    private final SorLoader loader;
    private final DiskWriter writer;
    private final DecodeAdmission admission;
    private final ProfileKeeper profiles;
    private final long maxHeapBytes;
    /** The executor the engine made for its writer (the builder's default), shut down on close; else null. */
    private final ExecutorService ownExecutor;
    private final Listeners listeners = new Listeners();
    private final StatsCounter stats = new StatsCounter();
    private final ConcurrentHashMap<ItemKey, CatalogEntry> catalog = new ConcurrentHashMap<>();
    private final KeyFlights flights = new KeyFlights();
    private final Set<ItemKey> accessedSinceFlush = ConcurrentHashMap.newKeySet();

    CacheAsideEngine(CacheBuilder builder, Executor diskWriterExecutor, ExecutorService ownExecutor) {
        this.sors = new SorRegistry(builder.systems, builder.defaultStorage);
        this.clock = builder.clock;
        this.ticker = builder.ticker;
        this.ownExecutor = ownExecutor;
        this.memory = new MemoryTier(builder.memoryLimitBytes, this::onEvicted);
        this.admission = new DecodeAdmission(memory, builder.maxDecodes, builder.decodeWait.toNanos(), ticker);
        this.maxHeapBytes = builder.maxHeapBytes;
        this.formats = builder.formats;
        this.disk = DiskTier.open(builder.cacheRoot, formats, clock);
        this.loader = new SorLoader(formats, disk::newStagingFile, listeners, clock, ticker, admission);
        this.writer = new DiskWriter(diskWriterExecutor);
        this.profiles = new ProfileKeeper(disk, clock, entry -> catalog.get(entry.loaded().key()) == entry);
        Map<ItemKey, String> storedProfiles = disk.profiles();
        for (ItemInfo info : disk.entries()) {
            CatalogEntry entry = new CatalogEntry(info, true);
            String profile = storedProfiles.get(info.key());
            if (profile != null) {
                entry.profile(ItemProfiler.fromJson(info, profile));
            }
            catalog.put(info.key(), entry);
        }
    }

    @Override
    public ItemKey resolve(String storage, String path) {
        return sors.resolve(storage, path, catalog::containsKey);
    }

    @Override
    public ItemKey resolve(String name) {
        return sors.resolveName(name, catalog::containsKey);
    }

    @Override
    public CachedItem read(ItemKey key, ReadOptions options) {
        CatalogEntry entry = catalog.get(key);
        Value value = entry == null ? null : memory.get(key);
        if (value != null) {
            if (options.validate() && isStale(entry.loaded())) {
                return update(key);
            }
            stats.memoryHits.increment();
            return hit(key, entry, value, Tier.MEMORY);
        }
        CachedItem item = loadOnce(key);
        if (options.validate() && !item.loadedFromSor() && isStale(item.info())) {
            return update(key);
        }
        return item;
    }

    @Override
    public CachedItem update(ItemKey key) {
        if (key.isWritten()) {
            throw new InvalidParameterException("'" + key + "' was written by a function and has no source to "
                    + "load it again from.");
        }
        return flights.exclusive(key, () -> loadFromSor(key));
    }

    @Override
    public boolean delete(ItemKey key) {
        boolean deleted = flights.exclusive(key, () -> {
            boolean known = catalog.remove(key) != null;
            memory.remove(key);
            writer.unpin(key);
            return writer.call(() -> disk.delete(key)) || known;
        });
        if (deleted) {
            listeners.fire(new CacheEvent.Deleted(key, clock.instant()));
        }
        return deleted;
    }

    @Override
    public Optional<ItemInfo> head(ItemKey key) {
        CatalogEntry entry = catalog.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.snapshot(memory.contains(key)));
    }

    @Override
    public Optional<CachedItem> getIfPresent(ItemKey key) {
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

    /**
     * Answers from the profile the disk writer computed for this version; only a version whose
     * profile is not computed yet (just loaded, or cached before profiles existed) is profiled here,
     * once, and the writer then keeps it in the catalog.
     */
    @Override
    public ItemProfile profile(ItemKey key) {
        CatalogEntry entry = catalog.get(key);
        ItemProfile profile = entry == null ? null : entry.profile();
        if (profile != null) {
            return profile;
        }
        // a profile is looked at, not used: computing it counts no hit and promotes nothing
        CachedItem item = peek(key).orElseThrow(() -> ItemNotFoundException.notCached(key));
        CatalogEntry current = catalog.get(key);
        ItemProfile computed = ItemProfiler.profile(item.info(), item.value(), clock.instant());
        if (current != null && ItemProfiler.sameVersion(current.loaded().loadedAt(), computed.version())) {
            current.profile(computed);
            writer.execute(() -> profiles.save(current, computed));
        }
        return computed;
    }

    @Override
    public Optional<CachedItem> peek(ItemKey key) {
        CatalogEntry entry = catalog.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        Value value = memory.peek(key);
        if (value == null) {
            value = writer.pinned(key);
        }
        if (value != null) {
            return Optional.of(new CachedItem(entry.snapshot(true), value, Tier.MEMORY));
        }
        Value onDisk;
        try {
            onDisk = disk.load(key, entry.loaded().kind());
        } catch (DamagedCopyException damaged) {
            catalog.remove(key, entry); // set aside by the disk tier; the next read loads it again
            throw damaged;
        }
        if (onDisk == null || catalog.get(key) != entry) {
            return Optional.empty(); // deleted or replaced while it was read
        }
        return Optional.of(new CachedItem(entry.snapshot(false), onDisk, Tier.DISK));
    }

    @Override
    public Freshness freshness(ItemKey key) {
        CatalogEntry entry = catalog.get(key);
        if (entry == null) {
            throw ItemNotFoundException.notCached(key);
        }
        ItemInfo info = entry.loaded();
        if (key.isWritten()) {
            return Freshness.CURRENT; // a function's result has no source to compare with
        }
        try {
            return Freshness.compare(info, sors.require(info.storage()).stat(info.path()));
        } catch (ObjectNotFoundException e) {
            return Freshness.STALE;
        } catch (AsideException e) {
            return Freshness.UNREACHABLE;
        }
    }

    @Override
    public ItemInfo put(ItemKey key, Value value) {
        return store(key, value, info -> disk.store(info, value), () -> { });
    }

    @Override
    public ItemInfo putParquet(ItemKey key, Path parquetFile) {
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
            CatalogEntry installed = install(info, value);
            queuePersist(installed, value, () -> write.apply(info), cleanup);
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
        if (storage != null && catalog.containsKey(ItemKey.of(storage, key.path()))) {
            throw new InvalidParameterException("'" + key.path() + "' is cached from its source ('" + storage
                    + "') and cannot be replaced by a written value. Store it under another name (e.g. results/"
                    + key.path() + "), or delete the item first.");
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
        return stats.snapshot(catalog.size(), memory.size(), memory.usedBytes(), memory.limitBytes(),
                memory.peakBytes());
    }

    @Override
    public CachePolicy policy() {
        return this;
    }

    @Override
    public SystemOfRecord systemOfRecord(String storage) {
        return sors.require(storage);
    }

    @Override
    public List<String> storages() {
        return sors.names();
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
    public List<ItemKey> setMemoryLimitBytes(long bytes) {
        if (bytes <= 0) {
            throw new InvalidParameterException("The memory limit must be positive, was " + bytes + ".");
        }
        try {
            DecodeAdmission.requireHeadroom(bytes, maxHeapBytes);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(e.getMessage());
        }
        return memory.setLimitBytes(bytes);
    }

    @Override
    public long memoryUsedBytes() {
        return memory.usedBytes();
    }

    @Override
    public boolean evictFromMemory(ItemKey key) {
        if (writer.isPinned(key)) {
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
    public Optional<Path> tableFile(ItemKey key) {
        CatalogEntry entry = catalog.get(key);
        if (entry == null || !entry.onDisk() || entry.loaded().kind() != ItemKind.TABLE) {
            return Optional.empty();
        }
        return disk.tableFile(key);
    }

    @Override
    public FormatRegistry formats() {
        return formats;
    }

    @Override
    public void awaitPersistence() {
        writer.call(() -> {
            flushAccess();
            return null;
        });
    }

    @Override
    public void close() {
        writer.execute(this::flushAccess);
        if (!writer.drain(5, TimeUnit.MINUTES)) {
            LOG.warn("Disk writes did not finish in time; unfinished items will load from their source");
        }
        if (ownExecutor != null) {
            ownExecutor.shutdown();
        }
        disk.close();
        sors.closeAll();
    }

    // ---- reads ----

    private CachedItem hit(ItemKey key, CatalogEntry entry, Value value, Tier tier) {
        entry.recordHit(clock.instant());
        accessedSinceFlush.add(key);
        return new CachedItem(entry.snapshot(true), value, tier);
    }

    private CachedItem loadOnce(ItemKey key) {
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
            if (key.isWritten()) {
                throw ItemNotFoundException.notCached(key);
            }
            return loadFromSor(key);
        });
    }

    private CachedItem fromDisk(ItemKey key, CatalogEntry entry) {
        Value pending = writer.pinned(key);
        if (pending != null) {
            memory.put(key, pending, entry.loaded().heapBytes());
            stats.memoryHits.increment();
            return hit(key, entry, pending, Tier.MEMORY);
        }
        Value value;
        // The catalog's figure is the estimate made when the item was first decoded.
        // The reservation ends as the value enters memory: counting both at once would double it.
        try (DecodeAdmission.Ticket ticket = admission.admit(key, entry.loaded().heapBytes())) {
            value = disk.load(key, entry.loaded().kind());
        } catch (DamagedCopyException damaged) {
            return reloadDamaged(key, entry, damaged);
        } catch (OutOfMemoryError e) {
            throw admission.heapExhausted(key, e);
        }
        if (value == null) {
            throw new ItemNotFoundException("'" + key + "' is in the catalog but not on disk; read it again "
                    + "to load it from its source.", key, null);
        }
        memory.put(key, value, entry.loaded().heapBytes());
        stats.diskHits.increment();
        return hit(key, entry, value, Tier.DISK);
    }

    /**
     * The disk tier has already set the damaged copy aside; the item is loaded again from its source,
     * and only when that fails is the read an error, saying both what happened locally and why the
     * source could not help.
     */
    private CachedItem reloadDamaged(ItemKey key, CatalogEntry entry, DamagedCopyException damaged) {
        catalog.remove(key, entry);
        if (key.isWritten()) {
            throw new ItemNotFoundException(damaged.getMessage() + " It was written by a function and has no "
                    + "source to load it from; run the function again.", key, damaged);
        }
        try {
            return loadFromSor(key);
        } catch (AsideException e) {
            throw new SorUnavailableException(damaged.getMessage() + " Loading it again from its source failed: "
                    + e.getMessage(), e);
        }
    }

    private CachedItem loadFromSor(ItemKey key) {
        SystemOfRecord sor = sors.require(key.storage());
        stats.misses.increment();
        long started = ticker.read();
        SorLoader.Loaded loaded;
        try {
            loaded = loader.load(key, sor);
        } catch (RuntimeException e) {
            stats.loadFailures.increment();
            throw e;
        }
        stats.loads.increment();
        stats.loadNanos.add(ticker.read() - started);
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

    /** For a validating read: like {@link #freshness} but a SOR that cannot be asked fails the read. */
    private boolean isStale(ItemInfo info) {
        if (info.key().isWritten()) {
            return false; // a function's result has no source to compare with
        }
        return Freshness.compare(info, sors.require(info.storage()).stat(info.path())) == Freshness.STALE;
    }

    // ---- writes ----

    private CatalogEntry install(ItemInfo info, Value value) {
        CatalogEntry entry = new CatalogEntry(info, false);
        writer.pin(info.key(), value);
        catalog.put(info.key(), entry);
        memory.put(info.key(), value, info.heapBytes());
        return entry;
    }

    /**
     * Queues the disk write of a just-installed value; {@code cleanup} runs afterwards whatever
     * happened (it removes the staged download).
     */
    private void queuePersist(CatalogEntry entry, Value value, Supplier<ItemInfo> write, Runnable cleanup) {
        ItemKey key = entry.loaded().key();
        writer.execute(() -> {
            try {
                if (catalog.get(key) != entry) {
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

    private void onEvicted(ItemKey key, long heapBytes) {
        stats.evictions.increment();
        listeners.fire(new CacheEvent.Evicted(key, heapBytes, clock.instant()));
    }

    private void flushAccess() {
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
}
