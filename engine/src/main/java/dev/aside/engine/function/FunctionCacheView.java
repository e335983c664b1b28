package dev.aside.engine.function;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheListener;
import dev.aside.engine.CachePolicy;
import dev.aside.engine.CacheStats;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ReadOptions;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache as one call sees it: every operation goes to the real cache, the keys the call reads are
 * recorded (the keys the cache names in its events, so a cached result built from {@code sd:prices}
 * is dropped when that item changes, and not when {@code s3:prices} does), changes to those keys made
 * by others while the call runs are noted, and {@link #close()} does nothing, because a function must
 * not close the engine. Listing the catalog is not tracked as a read.
 */
final class FunctionCacheView implements Cache {

    private final Cache cache;
    private final Set<ItemKey> reads = ConcurrentHashMap.newKeySet();
    private final Set<ItemKey> changedMeanwhile = ConcurrentHashMap.newKeySet();

    FunctionCacheView(Cache cache) {
        this.cache = cache;
    }

    Set<ItemKey> reads() {
        return Set.copyOf(reads);
    }

    void noteChanged(ItemKey key) {
        changedMeanwhile.add(key);
    }

    /** True when an item this call read changed while it ran: its result may mix old and new data. */
    boolean readChangedItems() {
        return changedMeanwhile.stream().anyMatch(reads::contains);
    }

    private ItemKey recordRead(ItemKey key) {
        reads.add(key);
        return key;
    }

    @Override
    public ItemKey resolve(String storage, String path) {
        return cache.resolve(storage, path);
    }

    @Override
    public ItemKey resolve(String name) {
        return cache.resolve(name);
    }

    @Override
    public CachedItem read(ItemKey key, ReadOptions options) {
        return cache.read(recordRead(key), options);
    }

    @Override
    public CachedItem update(ItemKey key) {
        return cache.update(recordRead(key));
    }

    @Override
    public boolean delete(ItemKey key) {
        return cache.delete(key);
    }

    @Override
    public Optional<ItemInfo> head(ItemKey key) {
        return cache.head(recordRead(key));
    }

    @Override
    public Optional<CachedItem> getIfPresent(ItemKey key) {
        return cache.getIfPresent(recordRead(key));
    }

    @Override
    public ItemInfo put(ItemKey key, Value value) {
        return cache.put(key, value);
    }

    @Override
    public ItemInfo putParquet(ItemKey key, Path parquetFile) {
        return cache.putParquet(key, parquetFile);
    }

    @Override
    public List<ItemInfo> list() {
        return cache.list();
    }

    @Override
    public CacheStats stats() {
        return cache.stats();
    }

    @Override
    public CachePolicy policy() {
        return cache.policy();
    }

    @Override
    public SystemOfRecord systemOfRecord(String storage) {
        return cache.systemOfRecord(storage);
    }

    @Override
    public List<String> storages() {
        return cache.storages();
    }

    @Override
    public Subscription subscribe(CacheListener listener) {
        return cache.subscribe(listener);
    }

    @Override
    public void close() {
        // the engine outlives every call
    }
}
