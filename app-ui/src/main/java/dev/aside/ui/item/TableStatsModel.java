package dev.aside.ui.item;

import dev.aside.engine.ItemKey;
import dev.aside.engine.function.analytics.AnalyticsFunctions;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The Stats tab: the table's structure with a profile per column, from the engine's
 * {@code describe} (parallel, over the column arrays), and a chart for the column the analyst picks.
 * Both run as background tasks over the table already in hand, never through the cache, so looking
 * at statistics counts no hit and cannot bring back an item deleted meanwhile. Results are kept once
 * per item version in {@link ItemAnalyses}; while a chart computes, the chart area says so instead
 * of showing the previous column's chart under the new name.
 */
public final class TableStatsModel {

    private final ConsoleContext context;
    private final ItemKey key;
    private final Table table;
    private final ObservableList<ColumnStats> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper chartStatus = new ReadOnlyStringWrapper(this, "chartStatus", "");
    private final ItemAnalyses.Analysis analysis;
    private String chartedColumn;
    private BackgroundTask<ChartData> charting;
    private BackgroundTask<?> profiling;

    TableStatsModel(ConsoleContext context, ItemKey key, Table table, ItemAnalyses.Analysis analysis) {
        this.context = context;
        this.key = key;
        this.table = table;
        this.analysis = analysis;
    }

    public ObservableList<ColumnStats> columns() {
        return columns;
    }

    public ReadOnlyObjectProperty<ChartData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the chart area says while it has no chart: that one is computing, or why there is none. */
    public ReadOnlyStringProperty chartStatusProperty() {
        return chartStatus.getReadOnlyProperty();
    }

    /** Shows every column's profile, computing it unless this item version's is known; the first column's chart follows. */
    void compute() {
        if (analysis.stats() != null) {
            showStats(analysis.stats());
            return;
        }
        status.set("Computing statistics over " + table.rowCount() + " rows…");
        profiling = context.tasks().execute(BackgroundTask.of("Statistics of " + key,
                        () -> ColumnStats.fromDescription(AnalyticsFunctions.describe(table)))
                .onSuccess(result -> {
            analysis.stats(result);
            showStats(result);
        }).onFailure(error -> {
            status.set("Statistics failed");
            context.dialogs().error("Could not compute statistics", error);
        }));
    }

    private void showStats(List<ColumnStats> result) {
        columns.setAll(result);
        status.set(table.columnCount() + " columns, " + String.format("%,d", table.rowCount()) + " rows");
        if (!result.isEmpty()) {
            showChart(result.get(0).name());
        }
    }

    /** Stops the statistics and chart still being computed (the item was deleted or another opened). */
    void cancel() {
        if (profiling != null) {
            profiling.cancel();
        }
        if (charting != null) {
            charting.cancel();
        }
    }

    /** Shows {@code columnName}'s chart: at once when this version's is known, else after computing it. */
    public void showChart(String columnName) {
        if (columnName == null || columnName.equals(chartedColumn)) {
            return;
        }
        chartedColumn = columnName;
        if (charting != null) {
            charting.cancel();
        }
        ChartData known = analysis.chart(columnName);
        if (known != null) {
            chart.set(known);
            return;
        }
        chart.set(null); // never the previous column's chart under this column's name
        chartStatus.set("Computing the chart of " + columnName + " over " + DisplayFormat.count(table.rowCount())
                + " rows…");
        charting = context.tasks().execute(BackgroundTask.of("Chart of " + columnName,
                        () -> ColumnCharts.chart(table.column(columnName)))
                .onSuccess(computed -> {
                    analysis.chart(computed);
                    chart.set(computed);
                })
                .onFailure(error -> {
                    chartStatus.set("No chart of " + columnName);
                    context.dialogs().error("Could not chart " + columnName, error);
                }));
    }
}
