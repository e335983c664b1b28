package dev.aside.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The catalog entry of one cached item: everything {@code head} answers, without the value.
 *
 * <p>In JSON (the REST API) the key is its {@code storage:path} form, beside {@code storage} and
 * {@code path} of their own.
 *
 * @param key the item's identity: the SOR it came from and its path there, or (no storage) the name
 *     a function gave it
 * @param kind what the value is
 * @param sorEtag the SOR's version tag when loaded, or null
 * @param sorLastModified the SOR's last-modified time when loaded, or null
 * @param sorSize the object's size in the SOR in bytes, or -1
 * @param rows rows, elements or bytes (see {@link dev.aside.engine.value.Value#rows()})
 * @param columns columns or top-level keys
 * @param heapBytes the estimated retained heap of the value when in memory
 * @param diskBytes bytes used on the disk tier, or 0 while not yet written
 * @param loadedAt when it was loaded from the SOR (or written)
 * @param loadMillis how long the SOR load took (download and decode)
 * @param lastAccess the last time it was read
 * @param hits reads served from the cache since it was loaded
 * @param tier where it is held now
 */
public record ItemInfo(
        ItemKey key,
        ItemKind kind,
        String sorEtag,
        Instant sorLastModified,
        long sorSize,
        long rows,
        int columns,
        long heapBytes,
        long diskBytes,
        Instant loadedAt,
        long loadMillis,
        Instant lastAccess,
        long hits,
        Tier tier) {

    /** The SOR it came from ({@code s3}, {@code sd}), or null for a value a function wrote. */
    @JsonProperty("storage")
    public String storage() {
        return key.storage();
    }

    /** The item's path in its storage (or the name a function gave it). */
    @JsonProperty("path")
    public String path() {
        return key.path();
    }

    public ItemInfo withDiskBytes(long bytes) {
        return new ItemInfo(key, kind, sorEtag, sorLastModified, sorSize, rows, columns,
                heapBytes, bytes, loadedAt, loadMillis, lastAccess, hits, tier);
    }
}
