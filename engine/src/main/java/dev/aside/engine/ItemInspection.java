package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.memory.MemoryTier;
import dev.aside.engine.value.Value;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Looking at cached items without using them ({@code head}, {@code list}, {@code peek},
 * {@code profile}): none of these counts a hit, promotes a value from disk or asks a SOR.
 *
 * <p>Thread-safe.
 */
final class ItemInspection {

    private final CatalogMirror catalog;
    private final MemoryTier memory;
    private final DiskTier disk;
    private final DiskWriter writer;
    private final ProfileKeeper profiles;
    private final Clock clock;

    ItemInspection(CatalogMirror catalog, MemoryTier memory, DiskTier disk, DiskWriter writer, ProfileKeeper profiles,
            Clock clock) {
        this.catalog = catalog;
        this.memory = memory;
        this.disk = disk;
        this.writer = writer;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** {@link Cache#head}. */
    Optional<ItemInfo> head(ItemKey key) {
        CatalogEntry entry = catalog.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.snapshot(memory.contains(key)));
    }

    /** {@link Cache#list}: every item in key order. */
    List<ItemInfo> list() {
        return catalog.list(memory::contains);
    }

    /** {@link Cache#peek}: a value still waiting for its disk write counts as in memory. */
    Optional<CachedItem> peek(ItemKey key) {
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
        if (onDisk == null || !catalog.isCurrent(entry)) {
            return Optional.empty(); // deleted or replaced while it was read
        }
        return Optional.of(new CachedItem(entry.snapshot(false), onDisk, Tier.DISK));
    }

    /**
     * Answers from the profile the disk writer computed for this version; only a version whose
     * profile is not computed yet (just loaded, or cached before profiles existed) is profiled here,
     * once, and the writer then keeps it in the catalog.
     */
    ItemProfile profile(ItemKey key) {
        CatalogEntry entry = catalog.get(key);
        ItemProfile profile = entry == null ? null : entry.profile();
        if (profile != null) {
            return profile;
        }
        CachedItem item = peek(key).orElseThrow(() -> ItemNotFoundException.notCached(key));
        CatalogEntry current = catalog.get(key);
        ItemProfile computed = ItemProfiler.profile(item.info(), item.value(), clock.instant());
        if (current != null && ItemProfiler.sameVersion(current.loaded().loadedAt(), computed.version())) {
            current.profile(computed);
            writer.execute(() -> profiles.save(current, computed));
        }
        return computed;
    }
}
