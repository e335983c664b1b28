package dev.aside.ui.item;

import java.util.List;

/**
 * What a column's chart shows, computed off the UI thread; the view only turns it into a chart.
 *
 * @param column the column charted
 * @param kind a histogram (numbers), a bar chart (categories) or counts over time (dates)
 * @param bars the bars in display order
 */
public record ChartData(String column, Kind kind, List<Bar> bars) {

    public enum Kind { HISTOGRAM, CATEGORIES, TIMELINE }

    /** One bar: its label (a bin's lower bound, a category, a day or month) and its count. */
    public record Bar(String label, long count) {}
}
