package dev.aside.engine.function.analytics;

import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Profiles one column in a pass or two over its primitive data: a string column through its
 * dictionary codes (distinct values are counted once, not per row), numbers through
 * {@link NumberBlocks} with exact distinct counts from {@link ValueCounts}, dates through their
 * packed int form. Other types go through their string form, which is slower but rare in practice.
 */
final class ColumnDescriber {

    private ColumnDescriber() {}

    static ColumnProfile describe(Column<?> column) {
        if (column instanceof StringColumn strings) {
            return strings(strings);
        }
        if (column instanceof NumericColumn<?> numbers) {
            return numbers(numbers);
        }
        if (column instanceof DateColumn dates) {
            return dates(dates);
        }
        return generic(column);
    }

    private static ColumnProfile strings(StringColumn column) {
        GroupCodes codes = GroupCodes.of(column);
        int[] counts = new int[codes.range()];
        int[] first = new int[codes.range()];
        int[] block = new int[GroupCodes.BLOCK];
        for (int from = 0; from < column.size(); from += GroupCodes.BLOCK) {
            int n = Math.min(GroupCodes.BLOCK, column.size() - from);
            codes.fill(from, n, block);
            for (int j = 0; j < n; j++) {
                if (counts[block[j]]++ == 0) {
                    first[block[j]] = from + j;
                }
            }
        }
        long distinct = 0;
        String min = null;
        String max = null;
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                String value = column.get(first[code]);
                if (column.isMissing(first[code])) {
                    counts[code] = 0; // missing is reported as nulls, not as a value
                    continue;
                }
                distinct++;
                min = min == null || value.compareTo(min) < 0 ? value : min;
                max = max == null || value.compareTo(max) > 0 ? value : max;
            }
        }
        long nulls = column.countMissing();
        String top = ValueCounts.top(counts.length, code -> counts[code], code -> column.get(first[code]));
        return new ColumnProfile(column.name(), column.type().name(), column.size() - nulls, nulls, distinct,
                min == null ? "" : min, max == null ? "" : max, Double.NaN, Double.NaN, top);
    }

    private static ColumnProfile numbers(NumericColumn<?> column) {
        NumberBlocks reader = NumberBlocks.of(column);
        boolean floating = column instanceof DoubleColumn || column instanceof FloatColumn;
        int rows = column.size();
        long[] present = new long[rows];
        int n = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double shift = Double.NaN;
        double sum = 0;
        double sumSquares = 0;
        double[] block = new double[GroupCodes.BLOCK];
        for (int from = 0; from < rows; from += GroupCodes.BLOCK) {
            int size = Math.min(GroupCodes.BLOCK, rows - from);
            reader.fill(from, size, block);
            for (int j = 0; j < size; j++) {
                double x = block[j];
                if (x != x) {
                    continue;
                }
                if (n == 0) {
                    shift = x; // summing around the first value keeps the variance exact for large values
                }
                double d = x - shift;
                sum += d;
                sumSquares += d * d;
                min = Math.min(min, x);
                max = Math.max(max, x);
                present[n++] = floating ? Double.doubleToLongBits(x == 0 ? 0.0 : x) : (long) x;
            }
        }
        double mean = n == 0 ? Double.NaN : shift + sum / n;
        double std = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSquares - sum * sum / n) / (n - 1)));
        ValueCounts counts = floating
                ? ValueCounts.ofLongs(present, n, Long.MIN_VALUE, Long.MAX_VALUE, bits -> number(Double.longBitsToDouble(bits)))
                : ValueCounts.ofLongs(present, n, (long) min, (long) max, Long::toString);
        return new ColumnProfile(column.name(), column.type().name(), n, rows - n, counts.distinct,
                n == 0 ? "" : number(min), n == 0 ? "" : number(max), mean, std, counts.top);
    }

    private static ColumnProfile dates(DateColumn column) {
        int rows = column.size();
        long[] present = new long[rows];
        int n = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int row = 0; row < rows; row++) {
            int packed = column.getIntInternal(row);
            if (packed != Integer.MIN_VALUE) {
                present[n++] = packed;
                min = Math.min(min, packed);
                max = Math.max(max, packed);
            }
        }
        ValueCounts counts = ValueCounts.ofLongs(present, n, min, max, packed -> date((int) packed));
        return new ColumnProfile(column.name(), column.type().name(), n, rows - n, counts.distinct,
                n == 0 ? "" : date(min), n == 0 ? "" : date(max), Double.NaN, Double.NaN, counts.top);
    }

    private static ColumnProfile generic(Column<?> column) {
        Map<String, Integer> counts = new HashMap<>();
        long nulls = 0;
        String min = null;
        String max = null;
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                nulls++;
                continue;
            }
            String value = column.getString(row);
            counts.merge(value, 1, Integer::sum);
            min = min == null || value.compareTo(min) < 0 ? value : min;
            max = max == null || value.compareTo(max) > 0 ? value : max;
        }
        String[] values = counts.keySet().toArray(String[]::new);
        return new ColumnProfile(column.name(), column.type().name(), column.size() - nulls, nulls, values.length,
                min == null ? "" : min, max == null ? "" : max, Double.NaN, Double.NaN,
                ValueCounts.top(values.length, i -> counts.get(values[i]), i -> values[i]));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String date(int packed) {
        return PackedLocalDate.asLocalDate(packed).toString();
    }
}
