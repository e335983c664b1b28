package dev.aside.ui.telemetry;

import dev.aside.ui.common.TeamView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Telemetry: memory against its limit, hit ratio by tier, loads and evictions, and the event log. */
public final class TelemetryView extends GridPane {

    private final XYChart.Series<Number, Number> used = series("used MiB");
    private final XYChart.Series<Number, Number> limit = series("limit MiB");
    private final XYChart.Series<Number, Number> memoryHits = series("memory hits");
    private final XYChart.Series<Number, Number> diskHits = series("disk hits");
    private final XYChart.Series<Number, Number> cumulativeHits = series("since start");
    private final XYChart.Series<Number, Number> loads = series("loads");
    private final XYChart.Series<Number, Number> evictions = series("evictions");

    /** The x axis holds epoch seconds; people read them as local clock time. */
    private static final StringConverter<Number> WALL_CLOCK = new StringConverter<>() {
        private final DateTimeFormatter format = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

        @Override
        public String toString(Number epochSecond) {
            return format.format(Instant.ofEpochSecond(epochSecond.longValue()));
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("the axis is not edited");
        }
    };

    private final TelemetryViewModel model;

    /** @param team the console's team, shown across the bottom when it is a member of one */
    public TelemetryView(TelemetryViewModel model, TeamView team) {
        this.model = model;
        setId("telemetry");
        setHgap(8);
        setVgap(8);
        setPadding(new Insets(8));
        add(chart("telemetry-memory", "Memory used vs limit (MiB)", used, limit), 0, 0);
        add(chart("telemetry-hit-ratio", "Hit ratio by tier, and since start", memoryHits, diskHits, cumulativeHits), 1, 0);
        add(chart("telemetry-activity", "Loads and evictions per second", loads, evictions), 0, 1);
        ListView<String> log = new ListView<>(model.log());
        log.setId("telemetry-log");
        log.setPlaceholder(new Label("Cache events appear here"));
        VBox logPane = new VBox(4, new Label("Event log"), log);
        VBox.setVgrow(log, Priority.ALWAYS);
        add(logPane, 1, 1);
        add(team, 0, 2, 2, 1);
        for (var node : getChildren()) {
            GridPane.setHgrow(node, Priority.ALWAYS);
            GridPane.setVgrow(node, node == team ? Priority.NEVER : Priority.ALWAYS);
        }
        model.samples().addListener((ListChangeListener<TelemetrySample>) change -> redraw());
        model.sample();
    }

    /** What the charts draw; tests put samples with gaps into it. */
    ObservableList<TelemetrySample> samples() {
        return model.samples();
    }

    private void redraw() {
        fill(used, TelemetrySample::memoryUsedMiB);
        fill(limit, TelemetrySample::memoryLimitMiB);
        fill(memoryHits, TelemetrySample::memoryHitRatio);
        fill(diskHits, TelemetrySample::diskHitRatio);
        fill(cumulativeHits, TelemetrySample::cumulativeHitRatio);
        fill(loads, TelemetrySample::loads);
        fill(evictions, TelemetrySample::evictions);
    }

    private void fill(XYChart.Series<Number, Number> series, ToDoubleFunction<TelemetrySample> value) {
        series.getData().setAll(model.samples().stream()
                .map(s -> new XYChart.Data<Number, Number>(s.second(), value.applyAsDouble(s))).toList());
    }

    @SafeVarargs
    private static LineChart<Number, Number> chart(String id, String title, XYChart.Series<Number, Number>... series) {
        NumberAxis x = new NumberAxis();
        x.setLabel("time");
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(WALL_CLOCK);
        LineChart<Number, Number> chart = new GapLineChart(x, new NumberAxis(), TelemetryViewModel.GAP_SECONDS);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getData().addAll(List.of(series));
        return chart;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }
}
