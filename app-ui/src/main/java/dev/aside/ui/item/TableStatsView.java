package dev.aside.ui.item;

import dev.aside.ui.common.TextColumn;
import dev.aside.ui.common.DisplayFormat;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.geometry.Orientation;

/** The Stats tab: one row per column with its profile, and the selected column's chart below. */
final class TableStatsView extends BorderPane {

    TableStatsView(TableStatsModel model) {
        TableView<ColumnStats> table = new TableView<>(model.columns());
        table.setId("item-stats");
        table.setPlaceholder(new Label("Computing statistics…"));
        table.getColumns().setAll(List.of(
                TextColumn.of("Column", 160, ColumnStats::name),
                TextColumn.of("Type", 90, ColumnStats::type),
                TextColumn.of("Count", 110, s -> DisplayFormat.count(s.count())), // "10,000,000" in full
                TextColumn.of("Nulls", 100, s -> DisplayFormat.count(s.nulls())),
                TextColumn.of("Distinct", 110, s -> DisplayFormat.count(s.distinct())),
                TextColumn.of("Min", 100, s -> bound(s, s.min())),
                TextColumn.of("Max", 100, s -> bound(s, s.max())),
                TextColumn.of("Mean", 115, s -> DisplayFormat.number(s.mean())),
                TextColumn.of("Std dev", 115, s -> DisplayFormat.number(s.stdDev())),
                TextColumn.of("Top values", 320, ColumnStats::top)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.showChart(row.name());
            }
        });
        BorderPane chartPane = new BorderPane();
        chartPane.setId("item-chart");
        Label computing = new Label();
        computing.setId("item-chart-status");
        computing.textProperty().bind(model.chartStatusProperty());
        chartPane.setCenter(model.chartProperty().get() == null ? computing : chart(model.chartProperty().get()));
        model.chartProperty().addListener((obs, old, data) -> chartPane.setCenter(data == null ? computing : chart(data)));
        SplitPane split = new SplitPane(table, chartPane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        setTop(status);
        setCenter(split);
    }

    private static BarChart<String, Number> chart(ChartData data) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("count");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(data.kind() == ChartData.Kind.HISTOGRAM ? 1 : 6);
        chart.setBarGap(0);
        chart.setTitle(switch (data.kind()) {
            case HISTOGRAM -> "Histogram of " + data.column();
            case CATEGORIES -> "Most frequent values of " + data.column();
            case TIMELINE -> "Rows over time by " + data.column();
        });
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        data.bars().forEach(bar -> series.getData().add(new XYChart.Data<>(bar.label(), bar.count())));
        chart.getData().add(series);
        return chart;
    }

    /** A number column's min or max grouped like its mean; a date's or a string's as it is. */
    private static String bound(ColumnStats stats, String value) {
        return Double.isNaN(stats.mean()) ? value : DisplayFormat.number(value);
    }
}
