package dev.aside.engine;

import dev.aside.engine.value.Value;

/**
 * A value read from the cache with its catalog entry.
 *
 * @param info the catalog entry as of this read
 * @param value the value; shared, never copy-on-read, so treat it as read-only
 * @param servedFrom the tier this read was served from, or null when it was loaded from the SOR
 */
public record CachedItem(ItemInfo info, Value value, Tier servedFrom) {

    public ItemKey key() {
        return info.key();
    }

    public boolean loadedFromSor() {
        return servedFrom == null;
    }
}
