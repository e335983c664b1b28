package dev.aside.engine.memory;

import it.unimi.dsi.fastutil.HashCommon;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * Retained heap of a Tablesaw 0.43 table, column by column, from how Tablesaw holds each type: one
 * fastutil primitive list per column (packed ints for dates, packed longs for date-times and
 * instants, a byte per boolean), and for strings a per-row key list of 1, 2 or 4 bytes chosen by the
 * distinct count plus three hash maps and one {@code String} per distinct value.
 *
 * <p>Primitive lists are counted at their size: Tablesaw does not expose their capacity, and columns
 * built from arrays (as the Parquet reader builds them) have none to spare. A column grown by
 * appending may hold up to half as much again until it is copied.
 */
final class TableFootprint {

    /** Table, column objects, formatter and parser references: a few hundred bytes, measured. */
    private static final long TABLE_OVERHEAD = 256;
    private static final long COLUMN_OVERHEAD = 128;
    /** fastutil's default load factor, which Tablesaw's dictionary maps use. */
    private static final float LOAD_FACTOR = 0.75f;

    private TableFootprint() {
    }

    static long of(Table table) {
        long bytes = TABLE_OVERHEAD + JvmLayout.string(table.name());
        for (Column<?> column : table.columns()) {
            bytes += of(column);
        }
        return bytes;
    }

    static long of(Column<?> column) {
        return COLUMN_OVERHEAD + JvmLayout.string(column.name()) + data(column);
    }

    private static long data(Column<?> column) {
        if (column instanceof StringColumn strings) {
            return dictionary(strings.getDictionary());
        }
        if (ColumnType.TEXT.equals(column.type())) { // not ==: see ColumnEncoders.of
            // Deprecated TextColumn: a list of references to its own strings.
            long bytes = list(column.size(), JvmLayout.REFERENCE);
            for (int row = 0; row < column.size(); row++) {
                bytes += JvmLayout.string(column.getString(row));
            }
            return bytes;
        }
        return list(column.size(), column.type().byteSize());
    }

    /** A fastutil array list: the list object (array reference and size) plus its array. */
    private static long list(long length, int elementBytes) {
        return JvmLayout.object(JvmLayout.REFERENCE + 4) + JvmLayout.array(length, elementBytes);
    }

    private static long dictionary(DictionaryMap map) {
        int keyBytes;
        long keyCapacity;
        if (map instanceof ByteDictionaryMap bytes) {
            keyBytes = Byte.BYTES;
            keyCapacity = bytes.values().elements().length;
        } else if (map instanceof ShortDictionaryMap shorts) {
            keyBytes = Short.BYTES;
            keyCapacity = shorts.values().elements().length;
        } else {
            keyBytes = Integer.BYTES;
            keyCapacity = ((IntDictionaryMap) map).values().elements().length;
        }
        long entries = map.size() == 0 ? 0 : map.countUnique() + (map.countMissing() > 0 ? 1 : 0);
        // Open-addressing tables of 2^k slots (plus one for the null key), each a key array and a value array.
        long slots = HashCommon.arraySize((int) Math.max(entries, 1), LOAD_FACTOR) + 1L;
        long keyToValue = hashMap(slots, keyBytes, JvmLayout.REFERENCE);
        long valueToKey = hashMap(slots, JvmLayout.REFERENCE, keyBytes);
        long keyToCount = hashMap(slots, keyBytes, Integer.BYTES);
        long strings = 0;
        for (String value : map.asSet()) {
            strings += JvmLayout.string(value);
        }
        // The map object: three maps, the key list, a next-key counter and two comparators.
        long mapObject = JvmLayout.object(7L * JvmLayout.REFERENCE) + JvmLayout.object(4) + 2 * JvmLayout.object(JvmLayout.REFERENCE);
        return mapObject + list(keyCapacity, keyBytes) + keyToValue + valueToKey + keyToCount + strings;
    }

    /** A fastutil open hash map: about 40 bytes of fields plus its key and value arrays. */
    private static long hashMap(long slots, int keyBytes, int valueBytes) {
        return JvmLayout.object(40) + JvmLayout.array(slots, keyBytes) + JvmLayout.array(slots, valueBytes);
    }
}
