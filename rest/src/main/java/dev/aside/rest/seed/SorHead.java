package dev.aside.rest.seed;

import dev.aside.engine.ItemKey;
import dev.aside.engine.sor.ObjectMeta;
import java.time.Instant;

/**
 * {@code head} of a path that is not cached: what its system of record says about it, without
 * loading it. The seed's sequence {@code delete} then {@code head} answers this instead of an error.
 *
 * @param key {@code storage:path}, as a cached item's key reads
 * @param tier always {@code SOR}: the object is only in its system of record
 */
record SorHead(String key, String storage, String path, String tier, long sorSize, String sorEtag,
        Instant sorLastModified) {

    static SorHead of(String storage, ObjectMeta meta) {
        return new SorHead(ItemKey.of(storage, meta.path()).toString(), storage, meta.path(), "SOR", meta.size(),
                meta.etag(), meta.lastModified());
    }
}
