package dev.aside.engine;

import dev.aside.engine.sor.ObjectMeta;

/**
 * Whether a cached item still matches its object in the system of record, as
 * {@link Cache#freshness(ItemKey)} finds it with one metadata request.
 */
public enum Freshness {
    /** The SOR's object is the version that was loaded, or the item was written and has no SOR. */
    CURRENT,
    /** The object changed or is gone: the next validating read loads it again. */
    STALE,
    /** The SOR could not be asked (down, access denied): nothing is known either way. */
    UNREACHABLE;

    /**
     * The one rule comparing a cached item with what its SOR says now: ETags when both have one,
     * else size and last-modified (size alone when the item has no last-modified).
     */
    static Freshness compare(ItemInfo cached, ObjectMeta now) {
        boolean changed = cached.sorLastModified() == null && (cached.sorEtag() == null || now.etag() == null)
                ? cached.sorSize() != now.size()
                : now.differsFrom(new ObjectMeta(cached.path(), cached.sorSize(),
                        cached.sorLastModified(), cached.sorEtag()));
        return changed ? STALE : CURRENT;
    }
}
