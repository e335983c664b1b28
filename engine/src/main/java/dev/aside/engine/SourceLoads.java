package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.TableValue;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * Loads a key's current version from its SOR and makes it the cached one: counts the miss, the load
 * and its time, installs the value and queues the staged download's move into the disk tier. A load
 * that fails stores nothing and leaves any cached copy in place.
 *
 * <p>Thread-safe; the caller holds the key's {@link KeyFlights flight}.
 */
final class SourceLoads {

    private final SorRegistry sors;
    private final SorLoader loader;
    private final KeyFlights flights;
    private final WriteBehind writeBehind;
    private final DiskTier disk;
    private final StatsCounter stats;
    private final Listeners listeners;
    private final Clock clock;
    private final Ticker ticker;

    SourceLoads(SorRegistry sors, SorLoader loader, KeyFlights flights, WriteBehind writeBehind, DiskTier disk,
            StatsCounter stats, Listeners listeners, Clock clock, Ticker ticker) {
        this.sors = sors;
        this.loader = loader;
        this.flights = flights;
        this.writeBehind = writeBehind;
        this.disk = disk;
        this.stats = stats;
        this.listeners = listeners;
        this.clock = clock;
        this.ticker = ticker;
    }

    /** {@link Cache#update}: loads the new version alone for its key, before it replaces the old one. */
    CachedItem update(ItemKey key) {
        if (key.isWritten()) {
            throw new InvalidParameterException("'" + key + "' was written by a function and has no source to "
                    + "load it again from.");
        }
        return flights.exclusive(key, () -> load(key));
    }

    /** Loads the key from its SOR; the caller already holds the key's flight. */
    CachedItem load(ItemKey key) {
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
        CatalogEntry entry = writeBehind.install(loaded.info(), loaded.value());
        writeBehind.persist(entry, loaded.value(), () -> persist(loaded),
                () -> DiskTier.deleteQuietly(loaded.staged()));
        listeners.fire(new CacheEvent.LoadFinished(key, loaded.info(), loaded.downloadMillis(),
                loaded.decodeMillis(), clock.instant()));
        return new CachedItem(entry.snapshot(true), loaded.value(), null);
    }

    /** A Parquet download is moved into the disk tier as it is; anything else is written from its value or bytes. */
    private ItemInfo persist(SorLoader.Loaded loaded) {
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
}
