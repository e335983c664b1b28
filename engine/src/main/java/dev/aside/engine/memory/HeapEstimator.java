package dev.aside.engine.memory;

import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import tech.tablesaw.columns.Column;

/**
 * Estimates the heap a cached {@link Value} keeps alive, so the memory tier can weigh entries
 * against its byte budget. The estimate follows how each value is actually held (Tablesaw's
 * per-type column storage and string dictionaries, Jackson's node objects, the byte array) on a
 * 64-bit JVM with compressed references; for a large table it is within a few percent of what the
 * garbage collector frees when the table goes (checked by {@code HeapEstimatorTest}).
 *
 * <p>Thread-safe; walks the value without changing it. Cost is per column for tables, per distinct
 * string for string columns, and per node for JSON.
 */
public final class HeapEstimator {

    private HeapEstimator() {
    }

    /** Retained heap of {@code value} in bytes, including the value record itself. */
    public static long estimate(Value value) {
        long record = JvmLayout.object(JvmLayout.REFERENCE);
        if (value instanceof TableValue table) {
            return record + TableFootprint.of(table.table());
        }
        if (value instanceof JsonValue json) {
            return record + JsonFootprint.of(json.json());
        }
        return record + JvmLayout.array(((BytesValue) value).bytes().length, 1);
    }

    /** Retained heap of one table column, for per-column figures like pandas' {@code info()}. */
    public static long estimate(Column<?> column) {
        return TableFootprint.of(column);
    }
}
