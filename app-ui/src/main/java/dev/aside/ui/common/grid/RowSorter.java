package dev.aside.ui.common.grid;

import dev.aside.ui.common.Cancellation;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.Arrays;
import java.util.function.IntToLongFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * Orders a grid's rows by one column without comparing rows through objects. Each row becomes a
 * primitive 64-bit sort key (a number, a packed date or time, or its string's rank among the
 * column's distinct values), and a stable radix sort ({@link StableRadixSort}) orders the keys with
 * their row numbers in a few sequential passes: 10 million rows in well under a second, against 15
 * or more for a comparator sort. Stability keeps equal values in table order; descending sorts
 * inverted keys, so that holds both ways. Missing values go last whichever the direction. The
 * passes that read the column stop when the sort's task is cancelled ({@link Cancellation}).
 */
final class RowSorter {

    private RowSorter() {}

    /** {@code rows} (table row numbers) reordered by {@code column}; the array is sorted in place and returned. */
    static int[] sort(int[] rows, Column<?> column, boolean ascending) {
        int present = moveMissingLast(rows, column);
        IntToLongFunction keyOfRow = keyOfRow(column);
        if (keyOfRow == null) {
            IntComparator order = column.rowComparator();
            IntArrays.parallelQuickSort(rows, 0, present, ascending ? order : (a, b) -> order.compare(b, a));
            return rows;
        }
        long[] keys = new long[present];
        for (int i = 0; i < present; i++) {
            Cancellation.check(i);
            long key = keyOfRow.applyAsLong(rows[i]);
            keys[i] = ascending ? key : ~key; // ~ reverses signed order without overflow
        }
        StableRadixSort.sort(keys, rows, present);
        return rows;
    }

    /** A row's key, ordered as the column's values are; null for a column without one (sorted by comparator). */
    private static IntToLongFunction keyOfRow(Column<?> column) {
        if (column instanceof IntColumn ints) {
            return ints::getInt;
        }
        if (column instanceof ShortColumn shorts) {
            return shorts::getShort;
        }
        if (column instanceof LongColumn longs) {
            return longs::getLong;
        }
        if (column instanceof BooleanColumn booleans) {
            return booleans::getByte;
        }
        if (column instanceof DateColumn dates) {
            return dates::getIntInternal; // packed dates order as the dates do
        }
        if (column instanceof DateTimeColumn times) {
            return times::getLongInternal; // packed date-times order as the date-times do
        }
        if (column instanceof InstantColumn instants) {
            return instants::getLongInternal;
        }
        if (column instanceof StringColumn strings) {
            return ranks(strings);
        }
        if (column instanceof NumericColumn<?> numbers) {
            return row -> {
                long bits = Double.doubleToLongBits(numbers.getDouble(row));
                return bits ^ (bits >> 63 & Long.MAX_VALUE); // negative doubles flipped: signed long order is double order
            };
        }
        return null;
    }

    /** Moves rows with a missing value to the end, keeping both parts in order; returns how many are present. */
    private static int moveMissingLast(int[] rows, Column<?> column) {
        int[] missing = new int[Math.min(rows.length, column.countMissing())];
        int present = 0;
        int absent = 0;
        for (int i = 0; i < rows.length; i++) {
            Cancellation.check(i);
            int row = rows[i];
            if (column.isMissing(row)) {
                missing[absent++] = row;
            } else {
                rows[present++] = row;
            }
        }
        System.arraycopy(missing, 0, rows, present, absent);
        return present;
    }

    /**
     * Each row's string as its rank among the column's distinct values, so strings sort as numbers.
     * Rows are ranked through their dictionary key, so only the distinct strings are sorted or
     * searched; a row costs one int lookup.
     */
    private static IntToLongFunction ranks(StringColumn strings) {
        DictionaryMap dictionary = strings.getDictionary();
        String[] distinct = strings.unique().asObjectArray();
        Arrays.sort(distinct);
        Int2IntOpenHashMap rankOfKey = new Int2IntOpenHashMap(distinct.length);
        return row -> {
            int key = dictionary.getKeyForIndex(row);
            int rank = rankOfKey.getOrDefault(key, -1);
            if (rank < 0) {
                rank = Arrays.binarySearch(distinct, dictionary.getValueForKey(key));
                rankOfKey.put(key, rank);
            }
            return rank;
        };
    }
}
