package dev.aside.engine.function.builtin;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheStats;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.BuiltinCache;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An overview of the cache: its keys, the items on the local disk tier, and memory use. */
final class CacheHead implements AsideFunction {

    @Override
    public Object main(FunctionContext context) {
        Cache cache = BuiltinCache.of(context);
        List<ItemInfo> items = cache.list();
        CacheStats stats = cache.stats();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("keys", items.stream().map(ItemInfo::key).toList());
        head.put("local_files", items.stream().filter(i -> i.tier() != null && i.tier().onDisk())
                .map(i -> Map.of("key", i.key(), "disk_bytes", i.diskBytes())).toList());
        head.put("memory", Map.of("used_bytes", stats.memoryUsedBytes(), "limit_bytes", stats.memoryLimitBytes(),
                "items", stats.memoryItemCount()));
        return head;
    }

    @Override
    public String description() {
        return "Cached keys, items on local disk and memory use.";
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
