package dev.aside.ui.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12, section 2: seconds with no sample (the machine slept, the process was stopped) show as a break in every line. */
class TelemetryGapsTest {

    private static final List<String> CHARTS = List.of("#telemetry-memory", "#telemetry-hit-ratio", "#telemetry-activity");

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void samplesWithAGap_everyLineDrawnInTwoSegments() throws Exception {
        FxRobot robot = console.show(Screen.TELEMETRY);
        long start = Instant.now().getEpochSecond() - 120;
        List<TelemetrySample> gap = new ArrayList<>(seconds(start, start + 5));
        gap.addAll(seconds(start + 60, start + 65));

        assertEquals(List.of(2), segmentsPerLine(robot, gap), "one break where a minute is missing, in every line");
        assertEquals(List.of(1), segmentsPerLine(robot, seconds(start, start + 10)), "no break without a gap");
    }

    /**
     * Puts {@code samples} in the screen's list and counts each line's segments (MoveTo elements) once
     * laid out, all in one FX turn so the once-a-second sampling cannot add to them in between.
     */
    private static List<Integer> segmentsPerLine(FxRobot robot, List<TelemetrySample> samples) throws Exception {
        TelemetryView view = robot.lookup("#telemetry").query();
        return WaitForAsyncUtils.asyncFx(() -> {
            view.samples().setAll(samples);
            view.applyCss();
            view.layout();
            return CHARTS.stream()
                    .flatMap(id -> robot.lookup(id).<LineChart<Number, Number>>query().getData().stream())
                    .map(TelemetryGapsTest::moveTos)
                    .distinct().toList();
        }).get();
    }

    private static int moveTos(XYChart.Series<Number, Number> series) {
        return (int) ((Path) series.getNode()).getElements().stream().filter(MoveTo.class::isInstance).count();
    }

    private static List<TelemetrySample> seconds(long from, long to) {
        return LongStream.range(from, to).mapToObj(s -> new TelemetrySample(s, 10, 256, 0.5, 0.25, 0.75, 1, 0)).toList();
    }
}
