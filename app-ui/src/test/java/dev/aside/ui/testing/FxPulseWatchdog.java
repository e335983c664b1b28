package dev.aside.ui.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures how long the JavaFX thread is kept from handling events. An {@link AnimationTimer} runs
 * on every pulse (60 a second when the thread is free); between two pulses it records:
 * <ul>
 *   <li>the FX thread's CPU time: work done on the thread (our code, layout, CSS) — the time it
 *       was blocked by something it ran, independent of other load on the machine;
 *   <li>the wall-clock gap: what a user would feel, which also includes waiting for the renderer
 *       (software rendering under Monocle) and for a core when the machine is busy.
 * </ul>
 */
public final class FxPulseWatchdog {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long[] wallGaps = new long[1 << 12];
    private long[] busyGaps = new long[1 << 12];
    private int count;
    private long lastWall;
    private long lastCpu;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            if (lastWall != 0) {
                if (count == wallGaps.length) {
                    wallGaps = Arrays.copyOf(wallGaps, count * 2);
                    busyGaps = Arrays.copyOf(busyGaps, count * 2);
                }
                wallGaps[count] = wall - lastWall;
                busyGaps[count++] = cpu - lastCpu;

            }
            lastWall = wall;
            lastCpu = cpu;
        }
    };

    public void start() {
        Platform.runLater(timer::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void stop() {
        Platform.runLater(timer::stop);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The figures so far; call on the FX thread, or after {@link #stop()}. */
    public Report report() {
        long[] wall = Arrays.copyOf(wallGaps, count);
        long[] busy = Arrays.copyOf(busyGaps, count);
        Arrays.sort(wall);
        Arrays.sort(busy);
        return new Report(count, max(busy), max(wall), percentile(wall, 0.99),
                Arrays.stream(wall).filter(g -> g > 50_000_000L).count());
    }

    private static double max(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * p))] / 1e6;
    }

    /**
     * @param pulses pulses seen
     * @param maxBusyMillis the most FX-thread CPU time between two pulses: the longest the thread was blocked by work
     * @param maxGapMillis the longest wall-clock time between two pulses
     * @param p99GapMillis the 99th percentile of those gaps
     * @param gapsOver50Millis how many gaps exceeded 50 ms
     */
    public record Report(int pulses, double maxBusyMillis, double maxGapMillis, double p99GapMillis, long gapsOver50Millis) {
        @Override
        public String toString() {
            return String.format("%d pulses; FX thread busy at most %.1f ms between pulses; wall gap max %.1f ms, "
                    + "p99 %.1f ms, %d over 50 ms", pulses, maxBusyMillis, maxGapMillis, p99GapMillis, gapsOver50Millis);
        }

        /** This report's figures as multiples of the same figures measured with the window idle. */
        public String againstBaseline(Report idle) {
            return String.format("vs idle: FX busy max %.1fx, wall gap max %.1fx, wall gap p99 %.1fx",
                    maxBusyMillis / Math.max(0.1, idle.maxBusyMillis), maxGapMillis / Math.max(0.1, idle.maxGapMillis),
                    p99GapMillis / Math.max(0.1, idle.p99GapMillis));
        }
    }
}
