package dev.aside.ui.item;

import dev.aside.ui.common.Cancellation;
import dev.aside.ui.common.DisplayFormat;
import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * Computes a column's chart data straight from Tablesaw's column arrays: one pass for a histogram
 * or a timeline, a count per value for categories. Pure computation, no UI: tests call it directly.
 * Every pass over the rows stops when its task is cancelled ({@link Cancellation}), so a chart the
 * analyst moved away from does not compete with the next one.
 */
final class ColumnCharts {

    static final int HISTOGRAM_BINS = 20;
    static final int CATEGORY_BARS = 15;
    /** Beyond this many distinct values a column is not categorical: counting them would cost more than it shows. */
    static final int MAX_COUNTED = 100_000;

    private ColumnCharts() {}

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

    private static List<ChartData.Bar> histogram(NumericColumn<?> numbers) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < numbers.size(); i++) {
            Cancellation.check(i);
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
            Cancellation.check(i);
            if (!numbers.isMissing(i)) {
                int bin = width == 0 ? 0 : (int) ((numbers.getDouble(i) - min) / width);
                counts[Math.min(bin, bins - 1)]++;
            }
        }
        List<ChartData.Bar> bars = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            bars.add(new ChartData.Bar(DisplayFormat.number(min + b * width), counts[b]));
        }
        return bars;
    }

    /**
     * Counts per day when the dates span under ~3 months, else per month. Rows are counted by their
     * packed date, an int, and only the distinct dates (hundreds, not millions) become
     * {@link LocalDate}s: no object or string per row.
     */
    private static List<ChartData.Bar> timeline(Column<?> column) {
        Int2LongOpenHashMap perDate = new Int2LongOpenHashMap();
        for (int row = 0; row < column.size(); row++) {
            Cancellation.check(row);
            int packed = packedDate(column, row);
            if (packed != MISSING_DATE) {
                perDate.addTo(packed, 1);
            }
        }
        if (perDate.isEmpty()) {
            return List.of();
        }
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        perDate.int2LongEntrySet().forEach(e -> days.put(PackedLocalDate.asLocalDate(e.getIntKey()), e.getLongValue()));
        boolean daily = ChronoUnit.DAYS.between(days.firstKey(), days.lastKey()) < 92;
        TreeMap<String, Long> counts = new TreeMap<>();
        days.forEach((day, n) -> counts.merge(daily ? day.toString() : day.toString().substring(0, 7), n, Long::sum));
        return counts.entrySet().stream().map(e -> new ChartData.Bar(e.getKey(), e.getValue())).toList();
    }

    private static final int MISSING_DATE = Integer.MIN_VALUE;

    /** The row's date as Tablesaw packs it, or {@link #MISSING_DATE}. */
    private static int packedDate(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return MISSING_DATE;
        }
        if (column instanceof DateColumn dates) {
            return dates.getIntInternal(row);
        }
        if (column instanceof DateTimeColumn times) {
            return PackedLocalDateTime.date(times.getLongInternal(row));
        }
        return PackedLocalDate.pack(LocalDate.ofInstant(((InstantColumn) column).get(row), ZoneOffset.UTC));
    }

    /** Value counts, or null when the column has too many distinct values to be worth counting. */
    private static Map<String, Long> countValues(Column<?> column) {
        if (column instanceof StringColumn strings) {
            return countStrings(strings);
        }
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < column.size(); i++) {
            Cancellation.check(i);
            if (!column.isMissing(i)) {
                counts.merge(column.getString(i), 1L, Long::sum);
                if (counts.size() > MAX_COUNTED) {
                    return null;
                }
            }
        }
        return counts;
    }

    /**
     * A string column's counts through its dictionary: the distinct count is known before any pass,
     * and rows are counted by their int key, so no row's string is looked up or hashed.
     */
    private static Map<String, Long> countStrings(StringColumn strings) {
        DictionaryMap dictionary = strings.getDictionary();
        if (dictionary.countUnique() > MAX_COUNTED) {
            return null;
        }
        Int2LongOpenHashMap perKey = new Int2LongOpenHashMap(dictionary.countUnique());
        for (int row = 0; row < strings.size(); row++) {
            Cancellation.check(row);
            perKey.addTo(dictionary.getKeyForIndex(row), 1);
        }
        Map<String, Long> counts = new HashMap<>(perKey.size() * 2);
        perKey.int2LongEntrySet().forEach(e -> {
            String value = dictionary.getValueForKey(e.getIntKey());
            if (!StringColumn.valueIsMissing(value)) {
                counts.put(value, e.getLongValue());
            }
        });
        return counts;
    }

    private static List<ChartData.Bar> topOf(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new ChartData.Bar(e.getKey(), e.getValue())).toList();
    }
}
