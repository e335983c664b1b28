package dev.aside.engine.function;

import dev.aside.engine.Cache;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.UnsupportedFormatException;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.util.Locale;
import tech.tablesaw.api.Table;

/** Finds a cached DataFrame by key, for the engine's built-ins; functions use {@link FunctionContext#table}. */
public final class CachedTables {

    private CachedTables() {}

    /**
     * The table named {@code name} ({@code storage:path} or a path, see {@link Cache#resolve(String)}),
     * read through the cache (so it is loaded from its system of record when not cached yet).
     *
     * @throws ItemNotFoundException when no such item exists
     * @throws InvalidParameterException when the item is not a table
     */
    public static Table require(Cache cache, String name) {
        return require(cache, cache.resolve(name));
    }

    /** As {@link #require(Cache, String)}, for a key already resolved. */
    public static Table require(Cache cache, ItemKey key) {
        Value value;
        try {
            value = cache.read(key).value();
        } catch (UnsupportedFormatException notAFile) {
            // Not cached, and not a file name either: for a function's key parameter, that is a missing item.
            throw new ItemNotFoundException("No item '" + key + "' is cached, and it is not a file that can be "
                    + "loaded. Use the key of a cached table or a file path; " + notAFile.getMessage(), key, notAFile);
        }
        if (value instanceof TableValue table) {
            return table.table();
        }
        throw new InvalidParameterException("Item '" + key + "' is " + value.kind().name().toLowerCase(Locale.ROOT)
                + ", not a table; this function works on tables (DataFrames) only.");
    }
}
