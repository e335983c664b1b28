package dev.aside.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one version of a cached item holds, like pandas {@code info()}: its kind and estimated heap,
 * and for a table its shape and per column the type, non-null count and estimated heap; for JSON its
 * keys or length; for bytes the length. Computed once per version, off the request thread, and kept
 * with the item in the catalog, so asking for it costs no scan of the rows.
 *
 * @param key the item
 * @param version the {@code loadedAt} of the version it describes
 * @param computedAt when it was computed (unchanged for as long as the version lives, restarts included)
 * @param facts the profile, in the order shown to people; values are strings, numbers, lists and maps
 */
public record ItemProfile(ItemKey key, Instant version, Instant computedAt, Map<String, Object> facts) {

    public ItemProfile {
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    /** A table's column names in table order (for completing names in SQL); empty for JSON and bytes. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        if (facts.get("columns") instanceof List<?> columns) {
            for (Object column : columns) {
                if (column instanceof Map<?, ?> described && described.get("name") instanceof String name) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
