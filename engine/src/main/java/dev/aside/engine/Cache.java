package dev.aside.engine;

import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Cache-Aside cache over one or more systems of record (SORs).
 *
 * <p>An item is asked for by its SOR path. The first read loads it from the SOR, keeps it in a
 * memory tier bounded by estimated heap bytes, and persists it to a disk tier in the background;
 * later reads are served from memory, or after an eviction or a restart from disk, without going back
 * to the SOR. Keys are SOR paths (relative, forward slashes) or names that functions give their
 * results.
 *
 * <p>Thread-safe. Concurrent reads of one missing key make exactly one SOR load; the others wait for
 * it. Every failure is an {@link AsideException} whose message a person can act on, and a failed
 * load stores nothing and leaves every other item as it was.
 */
public interface Cache extends AutoCloseable {

    static CacheBuilder builder() {
        return new CacheBuilder();
    }

    /** Reads an item from memory, then disk, then the default SOR. The seed's {@code create}. */
    default CachedItem read(String path) {
        return read(path, ReadOptions.DEFAULT);
    }

    /** Reads an item from memory, then disk, then the SOR that {@code options} names. */
    CachedItem read(String path, ReadOptions options);

    /** Drops the cached copy and loads the item again from the SOR: the seed's delete + read. */
    CachedItem update(String path, ReadOptions options);

    /** Removes the item from memory and disk; false when it was not cached. */
    boolean delete(String key);

    /** The catalog entry, without loading the value; empty when not cached. */
    Optional<ItemInfo> head(String key);

    /** The item from memory or disk, never from the SOR; empty when not cached. Counts as a read. */
    Optional<CachedItem> getIfPresent(String key);

    /**
     * Stores a value under {@code key} without a SOR (a function's result), replacing an earlier
     * written value; an item loaded from a SOR is never replaced ({@link InvalidParameterException}).
     */
    ItemInfo put(String key, Value value);

    /**
     * Stores a table given as a complete Parquet file under {@code key}, as {@link #put} does; the
     * cache takes the file over (it is moved into the disk tier, not rewritten), so the caller must
     * not use it afterwards.
     *
     * @throws CorruptDataException when the file is not a readable Parquet table
     * @throws InvalidParameterException when {@code key} names an item loaded from a SOR
     */
    ItemInfo putParquet(String key, Path parquetFile);

    /** Every item in the catalog, in key order. */
    List<ItemInfo> list();

    CacheStats stats();

    /** Administration and tuning, apart from everyday operations. */
    CachePolicy policy();

    /** The SOR registered under {@code storage} ({@code s3}, {@code sd}); null means the default. */
    SystemOfRecord systemOfRecord(String storage);

    /** Names of the registered SORs, the default first. */
    List<String> storages();

    /** Adds a listener; close the returned handle to remove it. */
    Subscription subscribe(CacheListener listener);

    /** Waits for background disk writes, then closes the disk tier and SORs. */
    @Override
    void close();

    /** A listener registration. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
