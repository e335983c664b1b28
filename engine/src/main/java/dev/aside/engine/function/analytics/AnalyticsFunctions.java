package dev.aside.engine.function.analytics;

import dev.aside.engine.function.AsideFunction;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Built-in analytics on a cached DataFrame: {@code describe}, {@code preview}, {@code filter},
 * {@code summarize}; and the same operations on a table in hand, for code that already has one.
 */
public final class AnalyticsFunctions {

    private AnalyticsFunctions() {}

    public static List<AsideFunction> create() {
        return List.of(new Describe(), new Preview(), new Filter(), new Summarize());
    }

    /**
     * Groups {@code table} by the {@code by} columns (none: one row) and aggregates, each aggregate
     * written {@code count} or {@code sum|mean|min|max|count:column}.
     *
     * @throws dev.aside.engine.InvalidParameterException for an unknown column or aggregate
     */
    public static Table summarize(Table table, List<String> by, List<String> aggregates) {
        return GroupSummarizer.summarize(table, by, aggregates.stream().map(Aggregate::parse).toList());
    }

    /** One row per column: type, count, nulls, distinct, min, max, mean, std, most frequent values. */
    public static Table describe(Table table) {
        return Describe.describe(table);
    }
}
