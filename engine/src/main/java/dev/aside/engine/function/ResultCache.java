package dev.aside.engine.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.value.Value;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the results of {@link CachedResult} functions as cache items, the seed's
 * {@code @compute_result}.
 *
 * <p>A result is stored under {@code fn/<name>/<hash>}, the hash covering the function's code
 * version and its converted parameters written as canonical JSON (so no two parameter sets share a
 * key), and a new version of the code never serves an old result. Each call runs against a
 * {@link CallContext} that records the clean keys it read; the index below maps those inputs
 * to the results built from them. When the cache reports an input deleted, reloaded or replaced,
 * the dependent results stop being served at once (under the index lock). A result whose inputs
 * changed while it was being computed is returned but not stored.
 *
 * <p>Deleting a stale item goes to the {@code cleanup} executor and runs outside the index lock: a
 * delete may wait behind the cache's disk writer, and neither time limits nor the cache's own event
 * delivery (which takes the index lock) may wait with it. The price is a narrow race: a call that
 * stores a fresh result under the same key just as its stale item is deleted loses the fresh item,
 * and the next call computes it again; a stale result is never served.
 *
 * <p>The index lives in memory, so items under {@code fn/} from an earlier run can never be served;
 * they are deleted in the background when the index starts.
 */
final class ResultCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);
    private static final String PREFIX = "fn/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cache cache;
    private final Executor cleanup;
    private final Cache.Subscription subscription;
    private final Object lock = new Object();
    private final Map<ItemKey, Set<ItemKey>> inputsByResult = new HashMap<>();
    private final Map<ItemKey, Set<ItemKey>> resultsByInput = new HashMap<>();
    private final Set<CallContext> inFlight = ConcurrentHashMap.newKeySet();
    /** Result keys being computed now, with how many calls compute each; guarded by {@code lock}. */
    private final Map<ItemKey, Integer> computing = new HashMap<>();

    ResultCache(Cache cache, Executor cleanup) {
        this.cache = cache;
        this.cleanup = cleanup;
        this.subscription = cache.subscribe(this::onEvent);
        deleteEarlierRunsResults();
    }

    /** The cache key of a call's result. */
    static ItemKey key(FunctionInfo function, Kwargs kwargs) {
        try {
            String identity = JSON.writeValueAsString(List.of(function.version(), new TreeMap<>(kwargs.asMap())));
            return ItemKey.written(PREFIX + function.name() + "/" + CodeVersion.of(identity));
        } catch (JsonProcessingException e) {
            // bound parameters are strings, numbers, booleans and string lists, which JSON always holds
            throw new IllegalArgumentException("The parameters of '" + function.name() + "' cannot be hashed", e);
        }
    }

    FunctionResult call(RegisteredFunction function, Kwargs kwargs) throws Exception {
        long start = System.nanoTime();
        ItemKey key = key(function.info(), kwargs);
        if (isServed(key)) {
            Optional<CachedItem> stored = cache.getIfPresent(key);
            if (stored.isPresent()) {
                return new FunctionResult(function.name(), stored.get().value(), since(start), true);
            }
        }
        CallContext view = new CallContext(cache, function.info(), kwargs);
        inFlight.add(view);
        synchronized (lock) {
            computing.merge(key, 1, Integer::sum);
        }
        boolean strayItem = false;
        try {
            Value value = ResultValues.toValue(function.function().main(view));
            if (!inputsChanged(view)) {
                strayItem = !storeAndServe(key, value, view);
            }
            return new FunctionResult(function.name(), value, since(start), false);
        } finally {
            inFlight.remove(view);
            synchronized (lock) {
                computing.computeIfPresent(key, (k, calls) -> calls == 1 ? null : calls - 1);
            }
            if (strayItem) {
                deleteLater(key);
            }
        }
    }

    /**
     * Stores the result and serves it from now on. Returns false when an input changed while the item
     * was being stored: the item is then never served, and the caller deletes it.
     */
    private boolean storeAndServe(ItemKey key, Value value, CallContext view) {
        Set<ItemKey> inputs = view.reads();
        cache.put(key, value);
        synchronized (lock) {
            if (view.readChangedItems()) {
                return false;
            }
            inputsByResult.put(key, inputs);
            for (ItemKey input : inputs) {
                resultsByInput.computeIfAbsent(input, k -> new HashSet<>()).add(key);
            }
            return true;
        }
    }

    private boolean inputsChanged(CallContext view) {
        synchronized (lock) {
            return view.readChangedItems();
        }
    }

    private boolean isServed(ItemKey key) {
        synchronized (lock) {
            return inputsByResult.containsKey(key);
        }
    }

    private void onEvent(CacheEvent event) {
        if (!(event instanceof CacheEvent.Deleted || event instanceof CacheEvent.LoadFinished
                || event instanceof CacheEvent.Stored)) {
            return;
        }
        ItemKey changed = event.key();
        Set<ItemKey> stale;
        synchronized (lock) {
            for (CallContext running : inFlight) {
                running.noteChanged(changed);
            }
            forget(changed);
            stale = resultsByInput.remove(changed);
            if (stale != null) {
                stale.forEach(this::forget);
            }
        }
        if (stale != null) {
            for (ItemKey result : stale) {
                deleteLater(result);
            }
        }
    }

    /** Stops serving {@code result}; called under the lock. */
    private void forget(ItemKey result) {
        Set<ItemKey> inputs = inputsByResult.remove(result);
        if (inputs != null) {
            for (ItemKey input : inputs) {
                Set<ItemKey> results = resultsByInput.get(input);
                if (results != null && results.remove(result) && results.isEmpty()) {
                    resultsByInput.remove(input);
                }
            }
        }
    }

    private void deleteLater(ItemKey result) {
        try {
            cleanup.execute(() -> deleteIfStillStale(result));
        } catch (RejectedExecutionException e) {
            // shutting down: the item is no longer served, and the next call for it overwrites it
        }
    }

    /**
     * Deletes a stale result unless a call has stored or is computing a fresh one under the same key.
     * The delete itself runs outside the lock (see the class comment for the race this allows).
     */
    private void deleteIfStillStale(ItemKey result) {
        synchronized (lock) {
            if (inputsByResult.containsKey(result) || computing.containsKey(result)) {
                return;
            }
        }
        try {
            cache.delete(result);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete the stale function result {}: {}", result, e.getMessage());
        }
    }

    private void deleteEarlierRunsResults() {
        try {
            cleanup.execute(() -> cache.list().stream().map(ItemInfo::key).filter(key -> key.isWritten() && key.path().startsWith(PREFIX))
                    .forEach(this::deleteIfStillStale));
        } catch (RejectedExecutionException e) {
            // shutting down already: the items stay unserved until the next start deletes them
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        subscription.close();
    }
}
