package dev.aside.engine.function.analytics;

/**
 * What {@code describe} reports for one column.
 *
 * @param min the smallest value as text (numbers, dates, strings in lexical order), empty when none
 * @param mean NaN for columns that are not numbers
 * @param std the sample standard deviation; NaN for non-numbers and fewer than two values
 * @param top the most frequent values as {@code "value (count), ..."}
 */
record ColumnProfile(String column, String type, long count, long nulls, long distinct, String min, String max,
        double mean, double std, String top) {}
