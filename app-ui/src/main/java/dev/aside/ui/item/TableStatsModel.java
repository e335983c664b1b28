package dev.aside.ui.item;

import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The Stats tab: the table's structure with a profile per column, and a chart for the column the
 * analyst picks. Both are computed as background tasks over the column arrays.
 */
public final class TableStatsModel {

    private final ConsoleContext context;
    private final Table table;
    private final ObservableList<ColumnStats> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private BackgroundTask<ChartData> charting;

    TableStatsModel(ConsoleContext context, Table table) {
        this.context = context;
        this.table = table;
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

    /** Starts profiling every column; the first column's chart follows. */
    void compute() {
        status.set("Computing statistics over " + table.rowCount() + " rows…");
        context.tasks().execute(new BackgroundTask<java.util.List<ColumnStats>>("Statistics of " + table.name()) {
            @Override
            protected java.util.List<ColumnStats> call() {
                return TableProfiler.profile(table, this::isCancelled);
            }
        }.onSuccess(result -> {
            columns.setAll(result);
            status.set(table.columnCount() + " columns, " + String.format("%,d", table.rowCount()) + " rows");
            if (!result.isEmpty()) {
                showChart(result.get(0).name());
            }
        }).onFailure(error -> {
            status.set("Statistics failed");
            context.dialogs().error("Could not compute statistics", error);
        }));
    }

    public void showChart(String columnName) {
        if (columnName == null || (chart.get() != null && chart.get().column().equals(columnName))) {
            return;
        }
        if (charting != null) {
            charting.cancel();
        }
        charting = context.tasks().execute(BackgroundTask.of("Chart of " + columnName,
                        () -> TableProfiler.chart(table.column(columnName)))
                .onSuccess(chart::set)
                .onFailure(error -> context.dialogs().error("Could not chart " + columnName, error)));
    }
}
