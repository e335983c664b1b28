package dev.aside.engine;

import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.Value;
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
     * The item from memory or disk for looking at, with no side effect on the cache: no hit is
     * counted, last access does not move, the memory tier's policy does not see an access, and an
     * item held only on disk is read from disk without being promoted to memory. Never goes to the
     * SOR. Empty when not cached (or deleted meanwhile).
     *
     * @throws CacheStorageException when the disk copy cannot be read
     */
    Optional<CachedItem> peek(String key);

    /**
     * Compares the cached item with its object in the SOR, one metadata request: the one staleness
     * rule, which validating reads use too. An item written by a function has no SOR and is
     * {@link Freshness#CURRENT}; an object gone from the SOR is {@link Freshness#STALE}; a SOR that
     * cannot be asked gives {@link Freshness#UNREACHABLE} rather than an exception.
     *
     * @throws ItemNotFoundException when {@code key} is not cached
     */
    Freshness freshness(String key);

    /**
     * Stores a value under {@code key} without a SOR (a function's result), replacing an earlier
     * written value; an item loaded from a SOR is never replaced ({@link InvalidParameterException}).
     */
    ItemInfo put(String key, Value value);

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
