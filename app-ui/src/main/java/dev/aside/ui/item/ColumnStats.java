package dev.aside.ui.item;

import tech.tablesaw.api.Table;

/**
 * One column's profile for the Stats tab: a row of the engine's {@code describe} function.
 *
 * @param name the column's name
 * @param type its type, lower case ({@code double}, {@code string}, {@code local_date})
 * @param count values present
 * @param nulls values missing
 * @param distinct distinct values present
 * @param min the smallest value as text, or empty
 * @param max the largest value as text, or empty
 * @param mean the mean for numbers, else NaN
 * @param stdDev the standard deviation for numbers, else NaN
 * @param top the most frequent values as {@code "value (count), ..."}
 */
public record ColumnStats(String name, String type, long count, long nulls, long distinct, String min, String max,
        double mean, double stdDev, String top) {

    /** Reads {@code describe}'s result table, one record per row. */
    static java.util.List<ColumnStats> fromDescription(Table description) {
        java.util.List<ColumnStats> stats = new java.util.ArrayList<>(description.rowCount());
        for (int row = 0; row < description.rowCount(); row++) {
            stats.add(new ColumnStats(description.stringColumn("column").get(row),
                    description.stringColumn("type").get(row).toLowerCase(java.util.Locale.ROOT),
                    description.longColumn("count").get(row), description.longColumn("nulls").get(row),
                    description.longColumn("distinct").get(row), description.stringColumn("min").get(row),
                    description.stringColumn("max").get(row), description.doubleColumn("mean").getDouble(row),
                    description.doubleColumn("std").getDouble(row), description.stringColumn("top").get(row)));
        }
        return stats;
    }
}
