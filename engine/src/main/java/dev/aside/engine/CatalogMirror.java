package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The disk tier's catalog mirrored in memory as live {@link CatalogEntry}s, so {@code head},
 * {@code list} and the hit path never touch H2. A new version of an item gets a new entry, so an
 * entry that is no longer {@link #isCurrent current} tells a queued write or a slow read that its
 * item was deleted or replaced meanwhile.
 *
 * <p>Thread-safe.
 */
final class CatalogMirror {

    private final ConcurrentHashMap<ItemKey, CatalogEntry> entries = new ConcurrentHashMap<>();

    /** Mirrors every row of {@code disk}, each with the profile stored beside it when there is one. */
    static CatalogMirror load(DiskTier disk) {
        CatalogMirror mirror = new CatalogMirror();
        Map<ItemKey, String> storedProfiles = disk.profiles();
        for (ItemInfo info : disk.entries()) {
            CatalogEntry entry = new CatalogEntry(info, true);
            String profile = storedProfiles.get(info.key());
            if (profile != null) {
                entry.profile(ItemProfiler.fromJson(info, profile));
            }
            mirror.put(entry);
        }
        return mirror;
    }

    /** The key's entry, or null when it is not cached. */
    CatalogEntry get(ItemKey key) {
        return entries.get(key);
    }

    boolean contains(ItemKey key) {
        return entries.containsKey(key);
    }

    /** Makes {@code entry} the current one for its key, replacing any older version's. */
    void put(CatalogEntry entry) {
        entries.put(entry.loaded().key(), entry);
    }

    /** Removes whatever entry the key has; false when it had none. */
    boolean remove(ItemKey key) {
        return entries.remove(key) != null;
    }

    /** Removes {@code entry} only while it is still the key's current one; false otherwise. */
    boolean remove(ItemKey key, CatalogEntry entry) {
        return entries.remove(key, entry);
    }

    /** Whether {@code entry} is still its key's entry (not deleted, not replaced by a newer version). */
    boolean isCurrent(CatalogEntry entry) {
        return entries.get(entry.loaded().key()) == entry;
    }

    int size() {
        return entries.size();
    }

    /** A snapshot of every entry in key order; {@code inMemory} says which keys memory holds. */
    List<ItemInfo> list(Predicate<ItemKey> inMemory) {
        List<ItemInfo> items = new ArrayList<>(entries.size());
        new TreeMap<>(entries).forEach((key, entry) -> items.add(entry.snapshot(inMemory.test(key))));
        return items;
    }
}
