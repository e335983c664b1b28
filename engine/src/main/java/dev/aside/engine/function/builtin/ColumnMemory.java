package dev.aside.engine.function.builtin;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * A per-column heap estimate for {@code stats_cache_item}: fixed-width columns are rows times their
 * element size; a string column is its dictionary codes plus each distinct string once. Good to a
 * few percent, which is what a person comparing columns needs.
 */
final class ColumnMemory {

    /** A String with its byte array and its two dictionary-map entries on a 64-bit JVM. */
    private static final int PER_DISTINCT_STRING = 88;

    private ColumnMemory() {}

    static long estimate(Column<?> column) {
        if (column instanceof StringColumn strings) {
            long distinct = 0;
            for (String value : strings.getDictionary().asSet()) {
                distinct += PER_DISTINCT_STRING + value.length();
            }
            int keyWidth = column.isEmpty() ? 0 : strings.getDictionary().asBytes(0).length;
            return (long) column.size() * keyWidth + distinct;
        }
        return (long) column.size() * column.byteSize();
    }
}
