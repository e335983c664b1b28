package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.memory.DecodeAdmission;
import dev.aside.engine.memory.MemoryTier;
import dev.aside.engine.value.Value;
import java.time.Clock;
import java.util.Optional;

/**
 * The read path: memory, then disk, then the key's SOR. A memory hit is a Caffeine lookup, a map
 * lookup and two counter bumps; everything slower goes through the key's {@link KeyFlights flight},
 * so concurrent readers of a missing key share one load. A value decoded from disk is admitted
 * against the heap first ({@link DecodeAdmission}) and promoted to memory; a damaged disk copy is
 * loaded again from its source.
 *
 * <p>Thread-safe.
 */
final class ItemReads {

    private final CatalogMirror catalog;
    private final MemoryTier memory;
    private final DiskTier disk;
    private final DiskWriter writer;
    private final DecodeAdmission admission;
    private final KeyFlights flights;
    private final SourceLoads sourceLoads;
    private final SourceFreshness freshness;
    private final WriteBehind writeBehind;
    private final StatsCounter stats;
    private final Clock clock;

    ItemReads(CatalogMirror catalog, MemoryTier memory, DiskTier disk, DiskWriter writer, DecodeAdmission admission,
            KeyFlights flights, SourceLoads sourceLoads, SourceFreshness freshness, WriteBehind writeBehind,
            StatsCounter stats, Clock clock) {
        this.catalog = catalog;
        this.memory = memory;
        this.disk = disk;
        this.writer = writer;
        this.admission = admission;
        this.flights = flights;
        this.sourceLoads = sourceLoads;
        this.freshness = freshness;
        this.writeBehind = writeBehind;
        this.stats = stats;
        this.clock = clock;
    }

    /** {@link Cache#read(ItemKey, ReadOptions)}. */
    CachedItem read(ItemKey key, ReadOptions options) {
        CatalogEntry entry = catalog.get(key);
        Value value = entry == null ? null : memory.get(key);
        if (value != null) {
            if (options.validate() && freshness.isStale(entry.loaded())) {
                return sourceLoads.update(key);
            }
            stats.memoryHits.increment();
            return hit(key, entry, value, Tier.MEMORY);
        }
        CachedItem item = loadOnce(key);
        if (options.validate() && !item.loadedFromSor() && freshness.isStale(item.info())) {
            return sourceLoads.update(key);
        }
        return item;
    }

    /** {@link Cache#getIfPresent}: memory or disk, never the SOR. */
    Optional<CachedItem> getIfPresent(ItemKey key) {
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

    private CachedItem hit(ItemKey key, CatalogEntry entry, Value value, Tier tier) {
        entry.recordHit(clock.instant());
        writeBehind.accessed(key);
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
            return sourceLoads.load(key);
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
            return sourceLoads.load(key);
        } catch (AsideException e) {
            throw new SorUnavailableException(damaged.getMessage() + " Loading it again from its source failed: "
                    + e.getMessage(), e);
        }
    }
}
