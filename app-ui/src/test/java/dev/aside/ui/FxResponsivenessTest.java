package dev.aside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.engine.bench.BondTrades;
import dev.aside.ui.sources.SourceEntry;
import dev.aside.ui.testing.ConsoleFixture;
import dev.aside.ui.testing.FxPulseWatchdog;
import dev.aside.ui.testing.WindowShots;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.VerticalDirection;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How responsive the window stays while a large table loads and is inspected (app-ui/README.md).
 * {@link FxPulseWatchdog} follows the JavaFX thread first with the window idle (the baseline), then
 * from pressing Load until the item is cached, then while the item is opened (Stats through
 * {@code describe}), charted by {@code trade_date}, previewed and sorted by price both ways; it prints the FX thread's busiest stretch between two
 * pulses and the wall-clock gaps, and their ratio to the idle baseline.
 *
 * <p>A measurement, not a timed test: it asserts only that the work happened and, through
 * {@link ConsoleFixture}'s guard, that none of the engine's work ran on the FX thread. CI runs it
 * with 1.5 million rows; the 10-million-row benchmark is
 * {@code mvn -q -pl app-ui -am test -Dtest=FxResponsivenessTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Daside.responsiveness.rows=10000000 -Dui.heap=8g}; add {@code -Daside.responsiveness.screenshots=DIR} to
 * keep pictures of the date chart and the sorted preview (under Xvfb with the glass robot, as the screenshot tour runs).
 */
class FxResponsivenessTest {

    private static final int ROWS = Integer.getInteger("aside.responsiveness.rows", 1_500_000);
    private static final long IDLE_BASELINE_MILLIS = 2_000;
    private static final String SCREENSHOTS = System.getProperty("aside.responsiveness.screenshots", "");

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture(settings -> settings.withMemoryLimitBytes(
            Math.min(6L << 30, Runtime.getRuntime().maxMemory() - (1L << 30)))); // decodes need heap beside the limit

    @Test
    void largeTableLoad_andInspection_measuredAgainstAnIdleWindow() throws Exception {
        Files.createDirectories(console.sorRoot().resolve("big"));
        BondTrades.writeParquet(ROWS, console.sorRoot().resolve("big/trades.parquet"));
        FxRobot robot = console.show(Screen.SOURCES);
        TableView<SourceEntry> sources = robot.lookup("#sources-table").queryTableView();
        console.await(10, () -> sources.getItems().size() == 1);
        robot.doubleClickOn("big/");
        console.await(10, () -> sources.getItems().size() == 1 && !sources.getItems().get(0).folder());
        robot.clickOn("trades.parquet");

        FxPulseWatchdog idle = new FxPulseWatchdog();
        idle.start();
        Thread.sleep(IDLE_BASELINE_MILLIS);
        idle.stop();

        FxPulseWatchdog load = new FxPulseWatchdog();
        load.start();
        long started = System.nanoTime();
        robot.clickOn("#sources-load");
        console.await(300, () -> console.cache().head(ItemKey.of("sd", "big/trades.parquet")).isPresent());
        long loaded = System.nanoTime();
        load.stop();

        FxPulseWatchdog inspect = new FxPulseWatchdog();
        inspect.start();
        robot.interact(() -> console.context().selection().open(ItemKey.of("sd", "big/trades.parquet")));
        console.showScreen(Screen.ITEM);
        TableView<?> stats = robot.lookup("#item-stats").queryTableView();
        console.await(300, () -> !stats.getItems().isEmpty());
        long described = System.nanoTime();
        long dateChartStarted = System.nanoTime();
        robot.interact(() -> stats.getSelectionModel().select(3)); // trade_date
        console.await(300, () -> robot.lookup("#item-chart .chart").tryQuery()
                .map(c -> ((BarChart<?, ?>) c).getTitle().contains("trade_date")).orElse(false));
        long dateCharted = System.nanoTime();
        shoot("responsiveness-date-chart");
        robot.clickOn("Preview");
        TableView<Integer> grid = robot.lookup("#preview-grid").queryTableView();
        console.await(30, () -> grid.getItems().size() == ROWS);
        long descending = sortByPrice(robot, grid, TableColumn.SortType.DESCENDING);
        long ascending = sortByPrice(robot, grid, TableColumn.SortType.ASCENDING);
        robot.scroll(20, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        long sorted = System.nanoTime();
        inspect.stop();
        shoot("responsiveness-sorted-preview");

        FxPulseWatchdog.Report baseline = idle.report();
        FxPulseWatchdog.Report duringLoad = load.report();
        FxPulseWatchdog.Report inspecting = inspect.report();
        System.out.printf("FX responsiveness, %,d rows: load %.1f s, describe %.1f s, date chart %.2f s, "
                + "sort by price descending %.2f s, ascending %.2f s, preview and sorts %.1f s%n"
                + "  idle window (baseline): %s%n  during the load: %s%n    %s%n"
                + "  opening stats, preview and sorting: %s%n    %s%n", ROWS, (loaded - started) / 1e9,
                (described - loaded) / 1e9, (dateCharted - dateChartStarted) / 1e9, descending / 1e9, ascending / 1e9,
                (sorted - described) / 1e9, baseline, duringLoad,
                duringLoad.againstBaseline(baseline), inspecting, inspecting.againstBaseline(baseline));
        assertTrue(baseline.pulses() > 10, baseline::toString);
        assertTrue(duringLoad.pulses() > 10, "the window kept drawing during the load: " + duringLoad);
        assertEquals(ROWS, grid.getItems().size());
    }

    private void shoot(String name) throws Exception {
        if (!SCREENSHOTS.isEmpty()) {
            new WindowShots(Path.of(SCREENSHOTS)).shoot(console.window().getScene().getWindow(), name);
        }
    }

    /** Sorts the preview by price and returns the nanoseconds until the grid shows the sorted rows. */
    private long sortByPrice(FxRobot robot, TableView<Integer> grid, TableColumn.SortType direction) throws Exception {
        Object before = grid.getItems();
        long started = System.nanoTime();
        robot.interact(() -> {
            TableColumn<Integer, ?> price = grid.getColumns().stream()
                    .filter(c -> c.getText().equals("price")).findFirst().orElseThrow();
            price.setSortType(direction);
            grid.getSortOrder().setAll(price);
        });
        console.await(300, () -> grid.getItems() != before && grid.getItems().size() == ROWS);
        return System.nanoTime() - started;
    }
}
