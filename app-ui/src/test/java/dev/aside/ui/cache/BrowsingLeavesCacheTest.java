package dev.aside.ui.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.CacheEvent;
import dev.aside.engine.ItemKey;
import dev.aside.engine.Tier;
import dev.aside.ui.Screen;
import dev.aside.ui.item.ColumnStats;
import dev.aside.ui.testing.ConsoleFixture;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Issue 12, section 1: looking at items in the console never changes the cache. */
class BrowsingLeavesCacheTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    private static final ItemKey TRADES = ItemKey.of("sd", "trades.csv");
    private static final ItemKey DESK = ItemKey.of("sd", "desk.json");

    private void seed() {
        StringBuilder csv = new StringBuilder("id,price,side\n");
        for (int i = 0; i < 500; i++) {
            csv.append(i).append(',').append(100 + i % 7).append(',').append(i % 2 == 0 ? "BUY" : "SELL").append('\n');
        }
        console.write("trades.csv", csv.toString());
        console.write("desk.json", "{\"book\":\"rates\"}");
    }

    @Test
    void selectingRowsAndOpeningStats_countNoHitAndPromoteNothing() throws Exception {
        seed();
        FxRobot robot = console.show(Screen.CACHE);
        console.cache().read(TRADES);
        console.cache().read(DESK);
        console.cache().policy().awaitPersistence();
        console.cache().policy().evictFromMemory(DESK);
        long hitsBefore = console.cache().stats().memoryHits() + console.cache().stats().diskHits();
        TableView<CacheRow> table = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 2);

        robot.clickOn("desk.json");
        robot.clickOn("trades.csv");
        robot.clickOn("desk.json");
        Thread.sleep(500); // time for any background open to have happened, as it did before
        console.await(10, () -> console.context().tasks().runningCount().get() == 0);

        assertEquals(Tier.DISK, console.cache().head(DESK).orElseThrow().tier(), "selecting promoted it");
        assertEquals(0, console.cache().head(DESK).orElseThrow().hits());
        assertEquals(0, console.cache().head(TRADES).orElseThrow().hits());

        robot.clickOn("trades.csv");
        robot.type(KeyCode.ENTER); // opening is explicit
        console.await(15, () -> robot.lookup("#item-stats").tryQuery().isPresent());
        TableView<ColumnStats> stats = robot.lookup("#item-stats").queryTableView();
        console.await(15, () -> stats.getItems().size() == 3);
        console.await(10, () -> console.context().tasks().runningCount().get() == 0);
        assertEquals(0, console.cache().head(TRADES).orElseThrow().hits(), "statistics counted a hit");
        assertEquals(hitsBefore, console.cache().stats().memoryHits() + console.cache().stats().diskHits());

        robot.interact(() -> console.context().selection().open(DESK));
        console.await(10, () -> robot.lookup("#item-status").queryLabeled().getText().contains("disk"));
        assertEquals(Tier.DISK, console.cache().head(DESK).orElseThrow().tier(), "opening promoted it");
        robot.clickOn("#item-keep-in-memory"); // the analyst asks for it
        console.await(10, () -> console.cache().head(DESK).orElseThrow().tier() == Tier.BOTH);
        console.await(10, () -> robot.lookup("#item-status").queryLabeled().getText().contains("both"));
        assertEquals(1, console.cache().head(DESK).orElseThrow().hits());
    }

    @Test
    void delete_whileOpenAndStatsInFlight_nothingReloadsIt() throws Exception {
        seed();
        FxRobot robot = console.show(Screen.CACHE);
        console.cache().read(TRADES);
        console.cache().policy().awaitPersistence();
        List<CacheEvent> events = new CopyOnWriteArrayList<>();
        console.cache().subscribe(events::add);
        TableView<CacheRow> table = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 1);

        for (int attempt = 0; attempt < 3 && console.cache().head(TRADES).isPresent(); attempt++) {
            robot.interact(() -> {
                console.context().selection().open(TRADES); // open and statistics start...
                table.getSelectionModel().select(0);
                console.window().show(Screen.CACHE);
            });
            robot.clickOn("#cache-table");
            robot.type(KeyCode.DELETE); // ...and Delete comes while they run
        }
        console.await(10, () -> console.cache().head(TRADES).isEmpty());
        Thread.sleep(500);
        console.await(10, () -> console.context().tasks().runningCount().get() == 0);
        console.cache().policy().awaitPersistence();

        assertTrue(console.cache().head(TRADES).isEmpty(), "the delete was undone: " + events);
        int deleted = indexOf(events, CacheEvent.Deleted.class);
        assertTrue(deleted >= 0);
        assertTrue(events.subList(deleted, events.size()).stream().noneMatch(e -> e instanceof CacheEvent.LoadStarted),
                events.toString());
        console.showScreen(Screen.ITEM);
        assertTrue(robot.lookup("#item-status").queryLabeled().getText().contains("deleted"));
    }

    private static int indexOf(List<CacheEvent> events, Class<?> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
