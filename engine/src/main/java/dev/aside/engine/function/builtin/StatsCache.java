package dev.aside.engine.function.builtin;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.BuiltinCache;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;

/** The keys of every cached item. */
final class StatsCache implements AsideFunction {

    @Override
    public Object main(FunctionContext context) {
        Cache cache = BuiltinCache.of(context);
        return cache.list().stream().map(ItemInfo::key).toList();
    }

    @Override
    public String description() {
        return "The keys of the cached items.";
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
