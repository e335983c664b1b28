package dev.aside.engine.function;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemKey;
import dev.aside.engine.sor.SorPath;
import dev.aside.engine.value.Value;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;

/**
 * The {@link FunctionContext} of one call. Besides serving the function, it records the keys of the
 * items the call reads, the keys the cache names in its events (so a cached result built from
 * {@code sd:prices} is dropped when that item changes, and not when {@code s3:prices} does), and notes
 * changes to them made by others while the call runs, for {@link ResultCache}. Writing under the function's own prefix is
 * not a read. Built-ins get the whole cache through {@link BuiltinCache}; no other function does.
 */
final class CallContext implements FunctionContext {

    /** Where functions' own results live, apart from SOR paths and from {@link ResultCache}'s items. */
    static final String WRITE_PREFIX = "out/";

    private final Cache cache;
    private final FunctionInfo function;
    private final Kwargs params;
    private final Set<ItemKey> reads = ConcurrentHashMap.newKeySet();
    private final Set<ItemKey> changedMeanwhile = ConcurrentHashMap.newKeySet();

    CallContext(Cache cache, FunctionInfo function, Kwargs params) {
        this.cache = cache;
        this.function = function;
        this.params = params;
    }

    @Override
    public Kwargs params() {
        return params;
    }

    @Override
    public Value read(String name) {
        return cache.read(recordRead(cache.resolve(name))).value();
    }

    @Override
    public Value read(String storage, String path) {
        return cache.read(recordRead(cache.resolve(storage, path))).value();
    }

    @Override
    public Table table(String name) {
        return CachedTables.require(cache, recordRead(cache.resolve(name)));
    }

    @Override
    public Table table(String storage, String path) {
        return CachedTables.require(cache, recordRead(cache.resolve(storage, path)));
    }

    @Override
    public String write(String name, Object value) {
        // the name is cleaned on its own first, so '..' cannot climb out of the function's prefix
        ItemKey key = ItemKey.written(WRITE_PREFIX + function.name() + "/" + SorPath.normalize(name));
        cache.put(key, ResultValues.toValue(value));
        return key.toString();
    }

    private ItemKey recordRead(ItemKey key) {
        reads.add(key);
        return key;
    }

    @Override
    public Duration remaining() {
        return CallDeadline.remaining().orElse(Duration.ZERO);
    }

    @Override
    public boolean stopRequested() {
        return Thread.currentThread().isInterrupted() || remaining().isZero();
    }

    @Override
    public Logger log() {
        return LoggerFactory.getLogger("aside.function." + function.name());
    }

    /** The whole cache, for built-ins only. */
    Cache engineCache() {
        if (function.origin() != FunctionOrigin.BUILTIN) {
            throw new IllegalStateException("Only built-in functions reach the whole cache; '" + function.name()
                    + "' is a " + function.origin().name().toLowerCase(Locale.ROOT) + " function.");
        }
        return cache;
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
}
