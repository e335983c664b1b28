package dev.aside.ui.item;

import dev.aside.engine.ItemKey;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The Stats tab: the table's structure with a profile per column, from the engine's
 * {@code describe} function (parallel, over the column arrays), and a chart for the column the
 * analyst picks. Both run as background tasks.
 */
public final class TableStatsModel {

    private final ConsoleContext context;
    private final ItemKey key;
    private final Table table;
    private final ObservableList<ColumnStats> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private BackgroundTask<ChartData> charting;

    TableStatsModel(ConsoleContext context, ItemKey key, Table table) {
        this.context = context;
        this.key = key;
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
        context.tasks().execute(BackgroundTask.of("Statistics of " + key, () -> ColumnStats.fromDescription(
                        context.engine().functions().call("describe", Map.of("key", key.toString())).table()))
                .onSuccess(result -> {
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
                        () -> ColumnCharts.chart(table.column(columnName)))
                .onSuccess(chart::set)
                .onFailure(error -> context.dialogs().error("Could not chart " + columnName, error)));
    }
}
