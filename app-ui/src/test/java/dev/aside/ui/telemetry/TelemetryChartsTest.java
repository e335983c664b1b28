package dev.aside.ui.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemKey;
import dev.aside.engine.Tier;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the engine does shows up in the once-a-second charts and in the event log. */
class TelemetryChartsTest {

    private static final String PATH = "desk/positions.json";
    private static final ItemKey KEY = ItemKey.of("sd", PATH);
    private static final double MIB = 1 << 20;

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void loadHitsAndEviction_plottedPerSecondAndLogged() throws Exception {
        console.write(PATH, "{\"book\":\"rates\",\"dv01\":1250.5}");
        FxRobot robot = console.show(Screen.TELEMETRY);
        List<XYChart<Number, Number>> charts = List.of(robot.lookup("#telemetry-memory").query(),
                robot.lookup("#telemetry-hit-ratio").query(), robot.lookup("#telemetry-activity").query());
        Cache cache = console.cache();
        assertTrue(cache.read(KEY).loadedFromSor());
        for (int i = 0; i < 3; i++) {
            assertTrue(cache.read(KEY).servedFrom().inMemory());
        }
        cache.policy().awaitPersistence();
        assertTrue(cache.policy().evictFromMemory(KEY));
        assertEquals(Tier.DISK, cache.read(KEY).servedFrom());
        double usedMiB = cache.stats().memoryUsedBytes() / MIB;
        assertTrue(usedMiB > 0, "read back from disk, the item is held in memory again");

        // samples hold per-second differences of the counters, so summed over all samples each event counts once
        console.await(10, () -> {
            Map<String, List<Double>> plotted = plotted(charts);
            return sum(plotted.get("loads")) == 1 && sum(plotted.get("evictions")) == 1
                    && max(plotted.get("memory hits")) > 0 && max(plotted.get("disk hits")) > 0
                    && last(plotted.get("used MiB")) == usedMiB;
        });
        Map<String, List<Double>> plotted = WaitForAsyncUtils.asyncFx(() -> plotted(charts)).get();
        assertTrue(plotted.get("limit MiB").stream().allMatch(limit -> limit == 256.0), plotted.toString());
        assertEquals(plotted.get("used MiB").size(), plotted.get("limit MiB").size());
        assertTrue(plotted.get("memory hits").stream().allMatch(ratio -> ratio >= 0 && ratio <= 1), plotted.toString());
        assertTrue(plotted.get("disk hits").stream().allMatch(ratio -> ratio >= 0 && ratio <= 1), plotted.toString());

        ListView<String> log = robot.lookup("#telemetry-log").queryListView();
        console.await(10, () -> indexOf(log, "evicted from memory") >= 0);
        int loaded = indexOf(log, "loaded: ");
        assertTrue(loaded >= 0, log.getItems().toString());
        assertTrue(indexOf(log, "evicted from memory") < loaded, "newest first: " + log.getItems());
    }

    /** Every series' y values by series name; call on the FX thread, where the view redraws them. */
    private static Map<String, List<Double>> plotted(List<XYChart<Number, Number>> charts) {
        Map<String, List<Double>> plotted = new HashMap<>();
        charts.forEach(chart -> chart.getData().forEach(series -> plotted.put(series.getName(),
                series.getData().stream().map(point -> point.getYValue().doubleValue()).toList())));
        return plotted;
    }

    private static int indexOf(ListView<String> log, String event) {
        List<String> lines = log.getItems();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("  " + KEY + "  " + event)) {
                return i;
            }
        }
        return -1;
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(-1);
    }

    private static double last(List<Double> values) {
        return values.isEmpty() ? -1 : values.get(values.size() - 1);
    }
}
