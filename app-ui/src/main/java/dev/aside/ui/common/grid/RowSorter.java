package dev.aside.ui.common.grid;

import it.unimi.dsi.fastutil.doubles.DoubleArrays;
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
 * Orders a grid's rows by one column without comparing rows through objects: the column's values
 * become a primitive key array (numbers, packed dates and times, or each string's rank among the
 * column's distinct values) and fastutil's parallel indirect radix sort orders the row numbers by
 * it, a few passes over memory instead of ~n log n comparator calls (10 million rows in about a
 * second rather than 15). Descending sorts inverted keys, so equal values keep table order both ways.
 * Missing values go last whichever the direction.
 */
final class RowSorter {

    private RowSorter() {}

    /** {@code rows} (table row numbers) reordered by {@code column}; the array is sorted in place and returned. */
    static int[] sort(int[] rows, Column<?> column, boolean ascending) {
        int present = moveMissingLast(rows, column);
        if (column instanceof IntColumn || column instanceof ShortColumn || column instanceof DateColumn
                || column instanceof BooleanColumn || column instanceof StringColumn) {
            int[] keys = intKeys(column);
            if (!ascending) {
                Arrays.parallelSetAll(keys, i -> ~keys[i]); // ~ reverses int order without overflow
            }
            IntArrays.parallelRadixSortIndirect(rows, keys, 0, present, true);
        } else if (column instanceof LongColumn || column instanceof DateTimeColumn || column instanceof InstantColumn) {
            long[] keys = longKeys(column);
            if (!ascending) {
                Arrays.parallelSetAll(keys, i -> ~keys[i]);
            }
            LongArrays.parallelRadixSortIndirect(rows, keys, 0, present, true);
        } else if (column instanceof NumericColumn<?> numbers) {
            double[] keys = numbers.asDoubleArray();
            if (!ascending) {
                Arrays.parallelSetAll(keys, i -> -keys[i]);
            }
            DoubleArrays.parallelRadixSortIndirect(rows, keys, 0, present, true);
        } else {
            IntComparator order = column.rowComparator();
            IntArrays.parallelQuickSort(rows, 0, present, ascending ? order : (a, b) -> order.compare(b, a));
        }
        return rows;
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

    private static long[] longKeys(Column<?> column) {
        if (column instanceof LongColumn longs) {
            return longs.asLongArray();
        }
        long[] keys = new long[column.size()];
        for (int row = 0; row < keys.length; row++) {
            keys[row] = column instanceof DateTimeColumn times ? times.getLongInternal(row)
                    : ((InstantColumn) column).getLongInternal(row);
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
