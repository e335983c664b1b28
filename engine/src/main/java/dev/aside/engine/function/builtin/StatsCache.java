package dev.aside.engine.function.builtin;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.Kwargs;

/** The keys of every cached item. */
final class StatsCache implements AsideFunction {

    @Override
    public Object main(Cache cache, Kwargs kwargs) {
        return cache.list().stream().map(ItemInfo::key).toList();
    }

    @Override
    public String description() {
        return "The keys of the cached items.";
    }
}
