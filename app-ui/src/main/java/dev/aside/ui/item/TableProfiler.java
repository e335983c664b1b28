package dev.aside.ui.item;

import dev.aside.ui.common.DisplayFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Computes column profiles and chart data straight from Tablesaw's column arrays, one pass per
 * column, checking for cancellation as it goes. Pure computation, no UI: tests call it directly.
 */
final class TableProfiler {

    static final int TOP_VALUES = 5;
    static final int HISTOGRAM_BINS = 20;
    static final int CATEGORY_BARS = 15;
    /** Beyond this many distinct values a column is not categorical: counting them would cost more than it shows. */
    static final int MAX_COUNTED = 100_000;

    private TableProfiler() {}

    static List<ColumnStats> profile(Table table, BooleanSupplier cancelled) {
        List<ColumnStats> stats = new ArrayList<>(table.columnCount());
        for (Column<?> column : table.columns()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            stats.add(profile(column));
        }
        return stats;
    }

    static ColumnStats profile(Column<?> column) {
        int size = column.size();
        long nonNull = size - column.countMissing();
        Map<String, Long> counts = countValues(column);
        long distinct = counts != null ? counts.size() : column.countUnique() - (nonNull < size ? 1 : 0);
        List<ColumnStats.ValueCount> top = counts == null ? List.of() : topOf(counts, TOP_VALUES);
        if (column instanceof NumericColumn<?> numbers) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            double m2 = 0;
            long n = 0;
            for (int i = 0; i < size; i++) {
                if (numbers.isMissing(i)) {
                    continue;
                }
                double x = numbers.getDouble(i);
                n++;
                double delta = x - mean;
                mean += delta / n;
                m2 += delta * (x - mean);
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            return new ColumnStats(column.name(), typeOf(column), nonNull, distinct,
                    n == 0 ? "" : DisplayFormat.number(min), n == 0 ? "" : DisplayFormat.number(max),
                    n == 0 ? Double.NaN : mean, n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1)), top);
        }
        @SuppressWarnings("unchecked")
        Column<Object> objects = (Column<Object>) column;
        Object min = null;
        Object max = null;
        for (int i = 0; i < size; i++) {
            if (!objects.isMissing(i)) {
                Object value = objects.get(i);
                min = min == null || objects.compare(value, min) < 0 ? value : min;
                max = max == null || objects.compare(value, max) > 0 ? value : max;
            }
        }
        return new ColumnStats(column.name(), typeOf(column), nonNull, distinct, min == null ? "" : String.valueOf(min),
                max == null ? "" : String.valueOf(max), Double.NaN, Double.NaN, top);
    }

    /** The chart for one column: a histogram of numbers, counts by category, or counts over time. */
    static ChartData chart(Column<?> column) {
        if (column instanceof NumericColumn<?> numbers) {
            return new ChartData(column.name(), ChartData.Kind.HISTOGRAM, histogram(numbers));
        }
        if (column instanceof DateColumn || column instanceof DateTimeColumn || column instanceof InstantColumn) {
            return new ChartData(column.name(), ChartData.Kind.TIMELINE, timeline(column));
        }
        Map<String, Long> counts = countValues(column);
        return new ChartData(column.name(), ChartData.Kind.CATEGORIES,
                counts == null ? List.of() : topOf(counts, CATEGORY_BARS));
    }

    private static List<ColumnStats.ValueCount> histogram(NumericColumn<?> numbers) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < numbers.size(); i++) {
            if (!numbers.isMissing(i)) {
                min = Math.min(min, numbers.getDouble(i));
                max = Math.max(max, numbers.getDouble(i));
            }
        }
        if (min > max) {
            return List.of();
        }
        int bins = min == max ? 1 : HISTOGRAM_BINS;
        double width = (max - min) / bins;
        long[] counts = new long[bins];
        for (int i = 0; i < numbers.size(); i++) {
            if (!numbers.isMissing(i)) {
                int bin = width == 0 ? 0 : (int) ((numbers.getDouble(i) - min) / width);
                counts[Math.min(bin, bins - 1)]++;
            }
        }
        List<ColumnStats.ValueCount> bars = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            bars.add(new ColumnStats.ValueCount(DisplayFormat.number(min + b * width), counts[b]));
        }
        return bars;
    }

    /** Counts per day when the dates span under ~3 months, else per month. */
    private static List<ColumnStats.ValueCount> timeline(Column<?> column) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                dates.add(LocalDate.parse(column.getString(i).substring(0, 10)));
            }
        }
        if (dates.isEmpty()) {
            return List.of();
        }
        LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        boolean daily = ChronoUnit.DAYS.between(first, last) < 92;
        TreeMap<String, Long> counts = new TreeMap<>();
        for (LocalDate date : dates) {
            counts.merge(daily ? date.toString() : date.toString().substring(0, 7), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> new ColumnStats.ValueCount(e.getKey(), e.getValue())).toList();
    }

    /** Value counts, or null when the column has too many distinct values to be worth counting. */
    private static Map<String, Long> countValues(Column<?> column) {
        if (column instanceof NumericColumn<?> && column.countUnique() > MAX_COUNTED) {
            return null;
        }
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                counts.merge(column.getString(i), 1L, Long::sum);
                if (counts.size() > MAX_COUNTED) {
                    return null;
                }
            }
        }
        return counts;
    }

    private static List<ColumnStats.ValueCount> topOf(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new ColumnStats.ValueCount(e.getKey(), e.getValue())).toList();
    }

    private static String typeOf(Column<?> column) {
        return column.type().name().toLowerCase();
    }
}
