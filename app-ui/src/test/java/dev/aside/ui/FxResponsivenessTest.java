package dev.aside.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.bench.BondTrades;
import dev.aside.ui.sources.SourceEntry;
import dev.aside.ui.testing.ConsoleFixture;
import dev.aside.ui.testing.FxPulseWatchdog;
import java.nio.file.Files;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window stays responsive while a large table loads: from pressing Load until the item is
 * cached, the JavaFX thread never works more than 50 ms between two pulses. The same watchdog then
 * follows opening the item (Stats through {@code describe}), showing its Preview and sorting it,
 * where the only UI-thread work is the first layout of the new controls; that stays under 100 ms.
 *
 * <p>The wall-clock gap between pulses is printed too; it also counts waiting for the software
 * renderer and for a core, so it depends on the machine's other load. CI runs 1.5 million rows;
 * {@code -Daside.responsiveness.rows=10000000} gives the 10-million-row figures (app-ui/README.md).
 */
class FxResponsivenessTest {

    private static final int ROWS = Integer.getInteger("aside.responsiveness.rows", 1_500_000);
    private static final double MAX_BUSY_DURING_LOAD_MILLIS = 50;
    private static final double MAX_BUSY_OPENING_VIEWS_MILLIS = 100;

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture(settings -> settings.withMemoryLimitBytes(6L << 30));

    @Test
    void largeTableLoad_fxThreadNeverBusyOver50ms_andInspectingItStaysUnder100ms() throws Exception {
        Files.createDirectories(console.sorRoot().resolve("big"));
        BondTrades.writeParquet(ROWS, console.sorRoot().resolve("big/trades.parquet"));
        FxRobot robot = console.show(Screen.SOURCES);
        TableView<SourceEntry> sources = robot.lookup("#sources-table").queryTableView();
        console.await(10, () -> sources.getItems().size() == 1);
        robot.doubleClickOn("big/");
        console.await(10, () -> sources.getItems().size() == 1 && !sources.getItems().get(0).folder());
        robot.clickOn("trades.parquet");

        FxPulseWatchdog load = new FxPulseWatchdog();
        load.start();
        long started = System.nanoTime();
        robot.clickOn("#sources-load");
        console.await(300, () -> console.cache().head("big/trades.parquet").isPresent());
        long loaded = System.nanoTime();
        load.stop();

        FxPulseWatchdog inspect = new FxPulseWatchdog();
        inspect.start();
        robot.interact(() -> console.context().selection().select("big/trades.parquet"));
        console.showScreen(Screen.ITEM);
        TableView<?> stats = robot.lookup("#item-stats").queryTableView();
        console.await(300, () -> !stats.getItems().isEmpty());
        long described = System.nanoTime();
        robot.clickOn("Preview");
        TableView<Integer> grid = robot.lookup("#preview-grid").queryTableView();
        console.await(30, () -> grid.getItems().size() == ROWS);
        robot.interact(() -> {
            TableColumn<Integer, ?> price = grid.getColumns().stream()
                    .filter(c -> c.getText().equals("price")).findFirst().orElseThrow();
            price.setSortType(TableColumn.SortType.DESCENDING);
            grid.getSortOrder().setAll(price);
        });
        console.await(300, () -> grid.getItems().size() == ROWS && grid.getItems().get(0) != 0);
        robot.scroll(20, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        long sorted = System.nanoTime();
        inspect.stop();

        FxPulseWatchdog.Report duringLoad = load.report();
        FxPulseWatchdog.Report inspecting = inspect.report();
        System.out.printf("FX responsiveness, %,d rows: load %.1f s, describe %.1f s, preview and sort %.1f s%n"
                + "  during the load: %s%n  opening stats, preview and sorting: %s%n", ROWS, (loaded - started) / 1e9,
                (described - loaded) / 1e9, (sorted - described) / 1e9, duringLoad, inspecting);
        assertTrue(duringLoad.pulses() > 10, duringLoad::toString);
        assertTrue(duringLoad.maxBusyMillis() < MAX_BUSY_DURING_LOAD_MILLIS, duringLoad::toString);
        assertTrue(inspecting.maxBusyMillis() < MAX_BUSY_OPENING_VIEWS_MILLIS, inspecting::toString);
    }
}
