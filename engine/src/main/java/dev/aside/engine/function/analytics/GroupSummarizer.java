package dev.aside.engine.function.analytics;

import dev.aside.engine.InvalidParameterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Group-by with count, sum, mean, min and max, over column arrays instead of rows.
 *
 * <p>Why it is fast: every group-by column becomes an int code per row ({@link GroupCodes}; for a
 * string column the dictionary code Tablesaw already holds), codes of several columns are combined
 * arithmetically into one slot index, and the aggregates are plain arrays indexed by slot. Rows are
 * processed in blocks (codes and values read into small arrays first, then accumulated), and the row
 * range is split into one part per core, each with its own arrays, merged at the end. Tablesaw's
 * {@code summarize(...).by(...)} instead builds a sub-table per group, about 40 times slower on
 * 10 million rows.
 *
 * <p>Groups are output in the order of the group-by columns; a missing group-by value forms its own
 * group. Missing values are skipped by the aggregates (count of rows still counts them).
 */
final class GroupSummarizer {

    /** Largest slot index space kept as arrays per part; above it the combined codes are densified. */
    private static final int MAX_DENSE_SLOTS = 1 << 20;
    /** Below this many rows per part, splitting costs more than it saves. */
    private static final int MIN_ROWS_PER_PART = 200_000;

    private GroupSummarizer() {}

    static Table summarize(Table table, List<String> by, List<Aggregate> aggregates) {
        int rows = table.rowCount();
        GroupCodes[] keys = by.stream().map(name -> GroupCodes.of(column(table, name))).toArray(GroupCodes[]::new);
        long slots = 1;
        for (GroupCodes key : keys) {
            slots *= Math.max(1, key.range());
        }
        if (keys.length > 1 && slots > MAX_DENSE_SLOTS) {
            keys = new GroupCodes[] {GroupCodes.combine(keys, rows)};
            slots = keys[0].range();
        }
        Map<String, NumberBlocks> values = new LinkedHashMap<>();
        for (Aggregate aggregate : aggregates) {
            if (!aggregate.rowCount()) {
                values.computeIfAbsent(aggregate.column(), name -> NumberBlocks.of(column(table, name)));
            }
        }
        NumberBlocks[] readers = values.values().toArray(NumberBlocks[]::new);
        int slotCount = (int) slots;
        GroupCodes[] groupKeys = keys;
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), rows / MIN_ROWS_PER_PART));
        Partial total = IntStream.range(0, parts).parallel()
                .mapToObj(part -> new Partial(slotCount, readers.length)
                        .accumulate(groupKeys, readers, (int) ((long) rows * part / parts),
                                (int) ((long) rows * (part + 1) / parts)))
                .reduce(Partial::merge).orElseThrow();
        return output(table, by, aggregates, new ArrayList<>(values.keySet()), readers, total);
    }

    private static Table output(Table table, List<String> by, List<Aggregate> aggregates, List<String> valueNames,
            NumberBlocks[] readers, Partial total) {
        int[] groups = IntStream.range(0, total.count.length).filter(slot -> total.count[slot] > 0).toArray();
        Table out = Table.create(table.name() + " summary");
        for (String name : by) {
            Column<?> source = table.column(name);
            Column<?> copy = source.emptyCopy();
            for (int slot : groups) {
                appendRow(copy, source, total.first[slot]);
            }
            out.addColumns(copy);
        }
        for (Aggregate aggregate : aggregates) {
            if (aggregate.rowCount()) {
                out.addColumns(LongColumn.create(aggregate.outputName(),
                        Arrays.stream(groups).mapToLong(slot -> total.count[slot])));
                continue;
            }
            int v = valueNames.indexOf(aggregate.column());
            double[] result = new double[groups.length];
            for (int g = 0; g < groups.length; g++) {
                int slot = groups[g];
                long n = total.nonMissing[v][slot];
                result[g] = switch (aggregate.op()) {
                    case COUNT -> n;
                    case SUM -> total.sum[v][slot];
                    case MEAN -> n == 0 ? Double.NaN : total.sum[v][slot] / n;
                    case MIN -> n == 0 ? Double.NaN : total.min[v][slot];
                    case MAX -> n == 0 ? Double.NaN : total.max[v][slot];
                };
            }
            boolean whole = aggregate.op() == Aggregate.Op.COUNT
                    || readers[v].integral() && aggregate.op() != Aggregate.Op.MEAN;
            out.addColumns(whole ? DoubleColumn.create(aggregate.outputName(), result).asLongColumn()
                    .setName(aggregate.outputName()) : DoubleColumn.create(aggregate.outputName(), result));
        }
        return by.isEmpty() ? out : out.sortOn(by.toArray(String[]::new));
    }

    @SuppressWarnings("unchecked")
    private static <T> void appendRow(Column<T> target, Column<?> source, int row) {
        target.append((Column<T>) source, row);
    }

    static Column<?> column(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw new InvalidParameterException("There is no column '" + name + "'; columns are "
                    + String.join(", ", table.columnNames()) + ".");
        }
        return table.column(name);
    }

    /** The aggregates of one part of the rows, by slot. */
    private static final class Partial {
        final long[] count;
        final int[] first;
        final double[][] sum;
        final long[][] nonMissing;
        final double[][] min;
        final double[][] max;

        Partial(int slots, int valueColumns) {
            count = new long[slots];
            first = new int[slots];
            sum = new double[valueColumns][slots];
            nonMissing = new long[valueColumns][slots];
            min = new double[valueColumns][slots];
            max = new double[valueColumns][slots];
            for (int v = 0; v < valueColumns; v++) {
                Arrays.fill(min[v], Double.POSITIVE_INFINITY);
                Arrays.fill(max[v], Double.NEGATIVE_INFINITY);
            }
        }

        Partial accumulate(GroupCodes[] keys, NumberBlocks[] readers, int from, int to) {
            int[] codes = new int[GroupCodes.BLOCK];
            int[] more = new int[GroupCodes.BLOCK];
            double[] values = new double[GroupCodes.BLOCK];
            for (int start = from; start < to; start += GroupCodes.BLOCK) {
                int n = Math.min(GroupCodes.BLOCK, to - start);
                if (keys.length == 0) {
                    Arrays.fill(codes, 0, n, 0);
                } else {
                    keys[0].fill(start, n, codes);
                }
                for (int k = 1; k < keys.length; k++) {
                    keys[k].fill(start, n, more);
                    int range = keys[k].range();
                    for (int j = 0; j < n; j++) {
                        codes[j] = codes[j] * range + more[j];
                    }
                }
                for (int j = 0; j < n; j++) {
                    if (count[codes[j]]++ == 0) {
                        first[codes[j]] = start + j;
                    }
                }
                for (int v = 0; v < readers.length; v++) {
                    readers[v].fill(start, n, values);
                    accumulateValues(codes, values, n, sum[v], nonMissing[v], min[v], max[v]);
                }
            }
            return this;
        }

        private static void accumulateValues(int[] codes, double[] values, int n, double[] sum, long[] nonMissing,
                double[] min, double[] max) {
            for (int j = 0; j < n; j++) {
                double x = values[j];
                if (x == x) {
                    int slot = codes[j];
                    sum[slot] += x;
                    nonMissing[slot]++;
                    if (x < min[slot]) {
                        min[slot] = x;
                    }
                    if (x > max[slot]) {
                        max[slot] = x;
                    }
                }
            }
        }

        /** Adds {@code later} (a part of later rows) into this one. */
        Partial merge(Partial later) {
            for (int slot = 0; slot < count.length; slot++) {
                if (count[slot] == 0 && later.count[slot] > 0) {
                    first[slot] = later.first[slot];
                }
                count[slot] += later.count[slot];
            }
            for (int v = 0; v < sum.length; v++) {
                for (int slot = 0; slot < count.length; slot++) {
                    sum[v][slot] += later.sum[v][slot];
                    nonMissing[v][slot] += later.nonMissing[v][slot];
                    min[v][slot] = Math.min(min[v][slot], later.min[v][slot]);
                    max[v][slot] = Math.max(max[v][slot], later.max[v][slot]);
                }
            }
            return this;
        }
    }
}
