package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.format.FormatRegistry;
import dev.aside.engine.memory.DecodeAdmission;
import dev.aside.engine.memory.MemoryTier;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.Value;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
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
 * ({@link CatalogEntry} per key) is mirrored in memory ({@link CatalogMirror}) so {@code head},
 * {@code list} and the hit path never touch H2; a memory hit is a Caffeine lookup, a map lookup and
 * two counter bumps.
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
 *
 * <h2>Parts</h2>
 * This class only builds the parts and hands each call to the one that owns it:
 * {@link ItemReads} (memory, disk, SOR, single flight), {@link SourceLoads} (a SOR load and
 * {@code update}), {@link ItemWrites} ({@code put}, {@code putParquet}, {@code delete}),
 * {@link WriteBehind} (installing a value and queuing its disk write), {@link ItemInspection}
 * (looking without using), {@link SourceFreshness} and {@link EnginePolicy} (administration).
 * Closing stays here, as it needs the writer, the disk tier and the SORs together.
 */
final class CacheAsideEngine implements Cache {

    private static final Logger LOG = LoggerFactory.getLogger(CacheAsideEngine.class);

    private final SorRegistry sors;
    private final Clock clock;
    private final MemoryTier memory;
    private final DiskTier disk;
    private final DiskWriter writer;
    /** The executor the engine made for its writer (the builder's default), shut down on close; else null. */
    private final ExecutorService ownExecutor;
    private final Listeners listeners = new Listeners();
    private final StatsCounter stats = new StatsCounter();
    private final CatalogMirror catalog;
    private final WriteBehind writeBehind;
    private final SourceLoads sourceLoads;
    private final SourceFreshness freshness;
    private final ItemReads reads;
    private final ItemWrites writes;
    private final ItemInspection inspection;
    private final EnginePolicy policy;

    CacheAsideEngine(CacheBuilder builder, Executor diskWriterExecutor, ExecutorService ownExecutor) {
        this.sors = new SorRegistry(builder.systems, builder.defaultStorage);
        this.clock = builder.clock;
        this.ownExecutor = ownExecutor;
        this.memory = new MemoryTier(builder.memoryLimitBytes, this::onEvicted);
        DecodeAdmission admission = new DecodeAdmission(memory, builder.maxDecodes, builder.decodeWait.toNanos(),
                builder.ticker);
        FormatRegistry formats = builder.formats;
        this.disk = DiskTier.open(builder.cacheRoot, formats, clock);
        SorLoader loader = new SorLoader(formats, disk::newStagingFile, listeners, clock, builder.ticker, admission);
        this.writer = new DiskWriter(diskWriterExecutor);
        this.catalog = CatalogMirror.load(disk);
        ProfileKeeper profiles = new ProfileKeeper(disk, clock, catalog::isCurrent);
        KeyFlights flights = new KeyFlights();
        this.writeBehind = new WriteBehind(catalog, memory, disk, writer, profiles, listeners, clock);
        this.sourceLoads = new SourceLoads(sors, loader, flights, writeBehind, disk, stats, listeners, clock,
                builder.ticker);
        this.freshness = new SourceFreshness(catalog, sors);
        this.reads = new ItemReads(catalog, memory, disk, writer, admission, flights, sourceLoads, freshness,
                writeBehind, stats, clock);
        this.writes = new ItemWrites(catalog, memory, disk, writer, writeBehind, flights, sors, formats, listeners,
                clock);
        this.inspection = new ItemInspection(catalog, memory, disk, writer, profiles, clock);
        this.policy = new EnginePolicy(catalog, memory, disk, writer, writeBehind, formats, builder.maxHeapBytes,
                this::onEvicted);
    }

    @Override
    public ItemKey resolve(String storage, String path) {
        return sors.resolve(storage, path, catalog::contains);
    }

    @Override
    public ItemKey resolve(String name) {
        return sors.resolveName(name, catalog::contains);
    }

    @Override
    public CachedItem read(ItemKey key, ReadOptions options) {
        return reads.read(key, options);
    }

    @Override
    public CachedItem update(ItemKey key) {
        return sourceLoads.update(key);
    }

    @Override
    public boolean delete(ItemKey key) {
        return writes.delete(key);
    }

    @Override
    public Optional<ItemInfo> head(ItemKey key) {
        return inspection.head(key);
    }

    @Override
    public Optional<CachedItem> getIfPresent(ItemKey key) {
        return reads.getIfPresent(key);
    }

    @Override
    public ItemProfile profile(ItemKey key) {
        return inspection.profile(key);
    }

    @Override
    public Optional<CachedItem> peek(ItemKey key) {
        return inspection.peek(key);
    }

    @Override
    public Freshness freshness(ItemKey key) {
        return freshness.freshness(key);
    }

    @Override
    public ItemInfo put(ItemKey key, Value value) {
        return writes.put(key, value);
    }

    @Override
    public ItemInfo putParquet(ItemKey key, Path parquetFile) {
        return writes.putParquet(key, parquetFile);
    }

    @Override
    public List<ItemInfo> list() {
        return inspection.list();
    }

    @Override
    public CacheStats stats() {
        return stats.snapshot(catalog.size(), memory.size(), memory.usedBytes(), memory.limitBytes(),
                memory.peakBytes());
    }

    @Override
    public CachePolicy policy() {
        return policy;
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
    public void close() {
        writer.execute(writeBehind::flushAccess);
        if (!writer.drain(5, TimeUnit.MINUTES)) {
            LOG.warn("Disk writes did not finish in time; unfinished items will load from their source");
        }
        if (ownExecutor != null) {
            ownExecutor.shutdown();
        }
        disk.close();
        sors.closeAll();
    }

    /** Every eviction, the memory tier's own and a forced one, is counted and reported the same way. */
    private void onEvicted(ItemKey key, long heapBytes) {
        stats.evictions.increment();
        listeners.fire(new CacheEvent.Evicted(key, heapBytes, clock.instant()));
    }
}
