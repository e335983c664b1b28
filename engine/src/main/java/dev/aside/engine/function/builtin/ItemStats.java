package dev.aside.engine.function.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.Cache;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.BuiltinCache;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import dev.aside.engine.memory.HeapEstimator;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

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

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        Cache cache = BuiltinCache.of(context);
        ItemKey key = cache.resolve(kwargs.string("key"));
        CachedItem item = cache.getIfPresent(key)
                .orElseThrow(() -> ItemNotFoundException.notCached(key));
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("key", key.toString());
        stats.put("kind", item.value().kind().name());
        stats.put("memory_bytes", item.info().heapBytes());
        if (item.value() instanceof TableValue table) {
            describeTable(table.table(), stats);
        } else if (item.value() instanceof JsonValue json) {
            describeJson(json.json(), stats);
        } else if (item.value() instanceof BytesValue bytes) {
            stats.put("length", bytes.bytes().length);
        }
        return stats;
    }

    private static void describeTable(Table table, Map<String, Object> stats) {
        stats.put("shape", List.of(table.rowCount(), table.columnCount()));
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", column.name());
            entry.put("type", column.type().name());
            entry.put("non_null", column.size() - column.countMissing());
            entry.put("memory_bytes", HeapEstimator.estimate(column));
            columns.add(entry);
        }
        stats.put("columns", columns);
    }

    private static void describeJson(JsonNode json, Map<String, Object> stats) {
        if (json.isObject()) {
            List<String> keys = new ArrayList<>();
            json.fieldNames().forEachRemaining(keys::add);
            stats.put("keys", keys);
        } else {
            stats.put("length", json.size());
        }
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
