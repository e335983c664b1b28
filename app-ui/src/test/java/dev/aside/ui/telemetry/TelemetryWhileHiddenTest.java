package dev.aside.ui.telemetry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Issue 12, section 2: Telemetry samples while hidden, on a wall-clock axis, with the cumulative hit ratio. */
class TelemetryWhileHiddenTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void hiddenScreen_keepsSampling_onWallClockAxis_withCumulativeHitRatio() throws Exception {
        FxRobot robot = console.show(Screen.TELEMETRY);
        LineChart<Number, Number> memory = robot.lookup("#telemetry-memory").query();
        LineChart<Number, Number> hits = robot.lookup("#telemetry-hit-ratio").query();
        int before = memory.getData().get(0).getData().size();

        console.showScreen(Screen.CACHE);
        Thread.sleep(3_500);
        int whileHidden = memory.getData().get(0).getData().size();

        assertTrue(whileHidden >= before + 2, "samples while hidden: " + before + " -> " + whileHidden);
        assertTrue(hits.getData().stream().anyMatch(s -> s.getName().equals("since start")));
        NumberAxis x = (NumberAxis) memory.getXAxis();
        String label = x.getTickLabelFormatter().toString(memory.getData().get(0).getData().get(0).getXValue());
        assertTrue(label.matches("\\d\\d:\\d\\d:\\d\\d"), label);
    }
}
