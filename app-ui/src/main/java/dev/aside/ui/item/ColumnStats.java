package dev.aside.ui.item;

import java.util.List;

/**
 * One column's profile for the Stats tab.
 *
 * @param name the column's name
 * @param type its Tablesaw type, lower case ({@code double}, {@code string}, {@code local_date})
 * @param nonNull values present
 * @param distinct distinct values present
 * @param min the smallest value as text, or empty
 * @param max the largest value as text, or empty
 * @param mean the mean for numbers, else NaN
 * @param stdDev the sample standard deviation for numbers, else NaN
 * @param topValues the most frequent values with their counts, most frequent first
 */
public record ColumnStats(String name, String type, long nonNull, long distinct, String min, String max, double mean,
        double stdDev, List<ValueCount> topValues) {

    /** A value and how often it occurs. */
    public record ValueCount(String value, long count) {}
}
