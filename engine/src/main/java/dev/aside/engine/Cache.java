package dev.aside.engine;

import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Cache-Aside cache over one or more systems of record (SORs).
 *
 * <p>An item is identified by an {@link ItemKey}: the storage it comes from and its path there
 * ({@code s3:a.json} and {@code sd:a.json} are two items), or, for a value a function wrote, its
 * name alone. The first read loads it from its SOR, keeps it in a memory tier bounded by estimated
 * heap bytes, and persists it to a disk tier in the background; later reads are served from memory,
 * or after an eviction or a restart from disk, without going back to the SOR. Callers that take a
 * storage and a path from a person turn them into a key with {@link #resolve(String, String)}, the
 * one place the default storage applies.
 *
 * <p>Thread-safe. Concurrent reads of one missing key make exactly one SOR load; the others wait for
 * it. Every failure is an {@link AsideException} whose message a person can act on, and a failed
 * load stores nothing and leaves every other item as it was. No method accepts a null key.
 */
public interface Cache extends AutoCloseable {

    static CacheBuilder builder() {
        return new CacheBuilder();
    }

    /**
     * The key a caller means by a storage and a path: with a storage, that storage's item; without
     * one, the value a function wrote under that path if there is one, else the default storage's
     * item (a written key when no SOR is configured). Loads nothing.
     *
     * @param storage a configured storage name ({@code s3}, {@code sd}), or null / blank for the default
     * @throws UnknownStorageException when {@code storage} is not configured, whether or not the
     *     path is cached
     * @throws InvalidPathException when the path is null, empty or unsafe
     */
    ItemKey resolve(String storage, String path);

    /**
     * The key a single name means: {@code storage:path} when the part before the first {@code ':'}
     * is a configured storage, else {@link #resolve(String, String) resolve(null, name)}. SQL table
     * names and the REST item URL name items this way.
     *
     * @throws InvalidPathException when the path is null, empty or unsafe
     */
    ItemKey resolve(String name);

    /** Reads an item from memory, then disk, then its SOR. The seed's {@code create}. */
    default CachedItem read(ItemKey key) {
        return read(key, ReadOptions.DEFAULT);
    }

    /**
     * Reads an item from memory, then disk, then its SOR.
     *
     * @throws ItemNotFoundException for a written key that is not cached (it has no SOR)
     * @throws UnknownStorageException when the key's storage is not configured and it is not cached
     */
    CachedItem read(ItemKey key, ReadOptions options);

    /**
     * Loads the item again from its SOR and replaces the cached copy: the seed's delete + read. The
     * old copy stays until the new one has loaded.
     *
     * @throws InvalidParameterException for a written key (it has no SOR to load from)
     */
    CachedItem update(ItemKey key);

    /** Removes the item from memory and disk; false when it was not cached. */
    boolean delete(ItemKey key);

    /** The catalog entry, without loading the value; empty when not cached. */
    Optional<ItemInfo> head(ItemKey key);

    /** The item from memory or disk, never from the SOR; empty when not cached. Counts as a read. */
    Optional<CachedItem> getIfPresent(ItemKey key);

    /**
     * The item from memory or disk for looking at, with no side effect on the cache: no hit is
     * counted, last access does not move, the memory tier's policy does not see an access, and an
     * item held only on disk is read from disk without being promoted to memory. Never goes to the
     * SOR. Empty when not cached (or deleted meanwhile).
     *
     * @throws CacheStorageException when the disk copy cannot be read
     */
    Optional<CachedItem> peek(ItemKey key);

    /**
     * Compares the cached item with its object in the SOR, one metadata request: the one staleness
     * rule, which validating reads use too. An item written by a function has no SOR and is
     * {@link Freshness#CURRENT}; an object gone from the SOR is {@link Freshness#STALE}; a SOR that
     * cannot be asked gives {@link Freshness#UNREACHABLE} rather than an exception.
     *
     * @throws ItemNotFoundException when {@code key} is not cached
     */
    Freshness freshness(ItemKey key);

    /**
     * The profile of the cached item's current version ({@code cache_item_stats}). The engine computes
     * it once per version, off the request thread, and keeps it in the catalog; this default, for
     * views over a cache, computes it from the value on every call. Like {@link #peek}, it counts no
     * hit and promotes nothing.
     *
     * @throws ItemNotFoundException when nothing is cached under {@code key}
     */
    default ItemProfile profile(ItemKey key) {
        CachedItem item = peek(key).orElseThrow(() -> ItemNotFoundException.notCached(key));
        return ItemProfiler.profile(item.info(), item.value(), java.time.Instant.now());
    }

    /**
     * Stores a value a function wrote (no SOR) under {@code key}, replacing an earlier written value.
     *
     * @throws InvalidParameterException when {@code key} names a storage (an item loaded from a SOR is
     *     never replaced), or when the default storage has an item cached under the same path: a read
     *     naming no storage would then silently answer the written value instead of the source's
     */
    ItemInfo put(ItemKey key, Value value);

    /**
     * Stores a table given as a complete Parquet file as a value a function wrote under {@code key},
     * as {@link #put} does; the cache takes the file over (it is moved into the disk tier, not
     * rewritten), so the caller must not use it afterwards.
     *
     * @throws CorruptDataException when the file is not a readable Parquet table
     * @throws InvalidParameterException when {@link #put} would refuse {@code key}
     */
    ItemInfo putParquet(ItemKey key, Path parquetFile);

    /** Every item in the catalog, in key order ({@link ItemKey#compareTo}). */
    List<ItemInfo> list();

    CacheStats stats();

    /** Administration and tuning, apart from everyday operations. */
    CachePolicy policy();

    /**
     * The SOR registered under {@code storage} ({@code s3}, {@code sd}); null means the default.
     *
     * @throws UnknownStorageException when there is no such SOR (or none at all)
     */
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
