package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.value.Value;
import java.time.Clock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each item version's {@link ItemProfile} with its catalog row. Runs on the disk writer only,
 * so no request waits for a profile to be computed or saved; a failure costs only the profile (it is
 * computed again on the next call or after a restart), never the stored item.
 */
final class ProfileKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileKeeper.class);

    private final DiskTier disk;
    private final Clock clock;
    private final Predicate<CatalogEntry> isCurrent;

    /** @param isCurrent whether an entry is still the catalog's entry for its key */
    ProfileKeeper(DiskTier disk, Clock clock, Predicate<CatalogEntry> isCurrent) {
        this.disk = disk;
        this.clock = clock;
        this.isCurrent = isCurrent;
    }

    /** After a version was written: profiles it (its one scan of the rows) unless a call already did, and saves it. */
    void afterWrite(CatalogEntry entry, Value value) {
        try {
            if (entry.profile() == null) {
                entry.profile(ItemProfiler.profile(entry.loaded(), value, clock.instant()));
            }
            save(entry, entry.profile());
        } catch (RuntimeException e) {
            LOG.warn("Could not profile '{}': {}", entry.loaded().key(), e.getMessage());
        }
    }

    /** Saves a profile with its row, unless the entry was replaced or deleted, or is not on disk yet (its write saves it). */
    void save(CatalogEntry entry, ItemProfile profile) {
        ItemKey key = entry.loaded().key();
        if (!isCurrent.test(entry) || !entry.onDisk()) {
            return;
        }
        try {
            disk.saveProfile(key, ItemProfiler.toJson(profile));
        } catch (RuntimeException e) {
            LOG.warn("Could not keep the profile of '{}': {}", key, e.getMessage());
        }
    }
}
