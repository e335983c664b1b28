package dev.aside.ui.common.grid;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import it.unimi.dsi.fastutil.longs.LongArrays;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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

/**
 * Orders a grid's rows by one column without comparing rows through objects. Each row becomes a
 * primitive sort key (a number, a packed date or time, or its string's rank among the column's
 * distinct values) carried together with its row number, and fastutil's parallel radix sort orders
 * the pairs in a few sequential passes: 10 million rows in about a second, against 15 or more for a
 * comparator sort (and several seconds for an indirect radix sort, whose reads jump around memory).
 * The row number breaks ties, so equal values keep table order; descending sorts inverted keys, so
 * that holds both ways. Missing values go last whichever the direction.
 */
final class RowSorter {

    private RowSorter() {}

    /** {@code rows} (table row numbers) reordered by {@code column}; the array is sorted in place and returned. */
    static int[] sort(int[] rows, Column<?> column, boolean ascending) {
        int present = moveMissingLast(rows, column);
        if (column instanceof IntColumn || column instanceof ShortColumn || column instanceof DateColumn
                || column instanceof BooleanColumn || column instanceof StringColumn) {
            sortByIntKeys(rows, present, intKeys(column), ascending);
        } else if (column instanceof NumericColumn<?> || column instanceof DateTimeColumn
                || column instanceof InstantColumn) {
            sortByLongKeys(rows, present, column, ascending);
        } else {
            IntComparator order = column.rowComparator();
            IntArrays.parallelQuickSort(rows, 0, present, ascending ? order : (a, b) -> order.compare(b, a));
        }
        return rows;
    }

    /** A 32-bit key and the row number share one long (key high, row low), sorted as one array. */
    private static void sortByIntKeys(int[] rows, int present, int[] keys, boolean ascending) {
        long[] pairs = new long[present];
        Arrays.parallelSetAll(pairs, i -> {
            int key = keys[rows[i]];
            return (long) (ascending ? key : ~key) << 32 | rows[i]; // ~ reverses int order without overflow
        });
        LongArrays.parallelRadixSort(pairs);
        Arrays.parallelSetAll(rows, i -> i < present ? (int) pairs[i] : rows[i]);
    }

    /** A 64-bit key beside a row-number array, the pairs sorted lexicographically. */
    private static void sortByLongKeys(int[] rows, int present, Column<?> column, boolean ascending) {
        long[] keys = new long[present];
        long[] order = new long[present];
        for (int i = 0; i < present; i++) {
            long key = longKey(column, rows[i]);
            keys[i] = ascending ? key : ~key;
            order[i] = rows[i];
        }
        LongArrays.parallelRadixSort(keys, order);
        for (int i = 0; i < present; i++) {
            rows[i] = (int) order[i];
        }
    }

    private static long longKey(Column<?> column, int row) {
        if (column instanceof LongColumn longs) {
            return longs.getLong(row);
        }
        if (column instanceof DateTimeColumn times) {
            return times.getLongInternal(row); // packed date-times order as the date-times do
        }
        if (column instanceof InstantColumn instants) {
            return instants.getLongInternal(row);
        }
        long bits = Double.doubleToLongBits(((NumericColumn<?>) column).getDouble(row));
        return bits ^ (bits >> 63 & Long.MAX_VALUE); // negative doubles flipped: signed long order is double order
    }

    /** Moves rows with a missing value to the end, keeping both parts in order; returns how many are present. */
    private static int moveMissingLast(int[] rows, Column<?> column) {
        int[] missing = new int[Math.min(rows.length, column.countMissing())];
        int present = 0;
        int absent = 0;
        for (int row : rows) {
            if (column.isMissing(row)) {
                missing[absent++] = row;
            } else {
                rows[present++] = row;
            }
        }
        System.arraycopy(missing, 0, rows, present, absent);
        return present;
    }

    private static int[] intKeys(Column<?> column) {
        if (column instanceof IntColumn ints) {
            return ints.asIntArray();
        }
        if (column instanceof StringColumn strings) {
            return ranks(strings);
        }
        int[] keys = new int[column.size()];
        for (int row = 0; row < keys.length; row++) {
            if (column instanceof DateColumn dates) {
                keys[row] = dates.getIntInternal(row); // packed dates order as the dates do
            } else {
                keys[row] = column instanceof ShortColumn shorts ? shorts.getShort(row)
                        : ((BooleanColumn) column).getByte(row);
            }
        }
        return keys;
    }

    /** Each row's string as its rank among the column's distinct values, so strings sort as ints. */
    private static int[] ranks(StringColumn strings) {
        String[] distinct = strings.unique().removeMissing().asObjectArray();
        Arrays.sort(distinct);
        Map<String, Integer> rank = new HashMap<>(distinct.length * 2);
        for (int i = 0; i < distinct.length; i++) {
            rank.put(distinct[i], i);
        }
        int[] keys = new int[strings.size()];
        for (int row = 0; row < keys.length; row++) {
            Integer r = rank.get(strings.get(row));
            keys[row] = r == null ? -1 : r;
        }
        return keys;
    }
}
