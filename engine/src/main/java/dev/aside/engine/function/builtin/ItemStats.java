package dev.aside.engine.function.builtin;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemKey;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.BuiltinCache;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one cached item holds, like pandas {@code info()}: for a table its shape and, per column,
 * type, non-null count and estimated memory; for JSON its keys or length; for bytes the length.
 * Registered twice, as the seed did: {@code stats_cache_item} and {@code cache_item_stats}.
 */
final class ItemStats implements AsideFunction {

    private final String name;

    ItemStats(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    /** Answers from the item's profile, computed once per version, not from its rows. */
    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        Cache cache = BuiltinCache.of(context);
        ItemKey key = cache.resolve(kwargs.string("key"));
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("key", key.path()); // the seed answered with the key as given; the storage beside it
        stats.put("storage", key.storage());
        stats.putAll(cache.profile(key).facts());
        return stats;
    }

    @Override
    public String description() {
        return "Shape, column types, non-null counts and memory of a cached item.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required("key", ParameterType.STRING, "The cached item's key"));
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
