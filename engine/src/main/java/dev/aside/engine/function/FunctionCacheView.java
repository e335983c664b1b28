package dev.aside.engine.function;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheListener;
import dev.aside.engine.CachePolicy;
import dev.aside.engine.CacheStats;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ReadOptions;
import dev.aside.engine.sor.SorPath;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache as one call sees it: every operation goes to the real cache, the keys the call reads are
 * recorded in their clean form, the form the cache names in its events (so a cached result read
 * through {@code ./prices} is dropped when {@code prices} changes), changes to those keys made
 * by others while the call runs are noted, and {@link #close()} does nothing, because a function must
 * not close the engine. Listing the catalog is not tracked as a read.
 */
final class FunctionCacheView implements Cache {

    private final Cache cache;
    private final Set<String> reads = ConcurrentHashMap.newKeySet();
    private final Set<String> changedMeanwhile = ConcurrentHashMap.newKeySet();

    FunctionCacheView(Cache cache) {
        this.cache = cache;
    }

    Set<String> reads() {
        return Set.copyOf(reads);
    }

    void noteChanged(String key) {
        changedMeanwhile.add(key);
    }

    /** True when an item this call read changed while it ran: its result may mix old and new data. */
    boolean readChangedItems() {
        return changedMeanwhile.stream().anyMatch(reads::contains);
    }

    /** Records the clean key; a path the cache would refuse is refused here with the cache's message. */
    private String recordRead(String path) {
        String key = SorPath.normalize(path);
        reads.add(key);
        return key;
    }

    @Override
    public CachedItem read(String path, ReadOptions options) {
        return cache.read(recordRead(path), options);
    }

    @Override
    public CachedItem update(String path, ReadOptions options) {
        return cache.update(recordRead(path), options);
    }

    @Override
    public boolean delete(String key) {
        return cache.delete(key);
    }

    @Override
    public Optional<ItemInfo> head(String key) {
        return cache.head(recordRead(key));
    }

    @Override
    public Optional<CachedItem> getIfPresent(String key) {
        return cache.getIfPresent(recordRead(key));
    }

    @Override
    public ItemInfo put(String key, Value value) {
        return cache.put(key, value);
    }

    @Override
    public ItemInfo putParquet(String key, Path parquetFile) {
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
