package dev.aside.ui.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.engine.Tier;
import dev.aside.ui.Screen;
import dev.aside.ui.settings.SettingsStore;
import dev.aside.ui.settings.SettingsViewModel;
import dev.aside.ui.testing.ConsoleFixture;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Issue 12, section 2: every number on the Cache screen is current and sorts as a number. */
class CacheNumbersTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    private static final ItemKey BIG = ItemKey.of("sd", "big.json");

    private static String collection(int elements) {
        return "[" + "{\"name\": \"bond\", \"price\": 101.5},".repeat(elements - 1) + "{\"name\": \"last\"}]";
    }

    private FxRobot showSeeded() throws Exception {
        console.write("big.json", collection(40_000));
        console.write("mid.json", collection(300));
        console.write("small.json", "{\"s\": 1}");
        console.write("tiny.json", "1");
        FxRobot robot = console.show(Screen.CACHE);
        for (String key : List.of("big.json", "mid.json", "small.json", "tiny.json")) {
            console.cache().read(ItemKey.of("sd", key));
        }
        console.cache().policy().awaitPersistence();
        return robot;
    }

    @Test
    void heapColumn_sortedDescending_ordersByBytesNotText() throws Exception {
        FxRobot robot = showSeeded();
        TableView<CacheRow> table = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 4);

        robot.interact(() -> {
            TableColumn<CacheRow, ?> heap = table.getColumns().stream().filter(c -> c.getText().equals("Heap"))
                    .findFirst().orElseThrow();
            heap.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(heap);
        });

        List<Long> heaps = table.getItems().stream().map(r -> r.info().heapBytes()).toList();
        assertEquals("big.json", table.getItems().get(0).key().path(), heaps.toString());
        for (int i = 1; i < heaps.size(); i++) {
            assertTrue(heaps.get(i - 1) >= heaps.get(i), heaps.toString());
        }
    }

    @Test
    void rowsAndGauge_followPromotionFromDiskAndLimitChanges() throws Exception {
        FxRobot robot = showSeeded();
        TableView<CacheRow> table = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 4);
        console.cache().policy().evictFromMemory(BIG);
        console.await(10, () -> row(table, "big.json").info().tier() == Tier.DISK);

        Thread reader = new Thread(() -> console.cache().read(BIG)); // a script's read: no event says so
        reader.start();
        reader.join();

        console.await(10, () -> row(table, "big.json").info().tier() == Tier.BOTH
                && row(table, "big.json").info().hits() == 1);
        Labeled memory = robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Memory ")).query();
        console.await(10, () -> memory.getText().contains(" of 256.0 MiB"));

        new Thread(() -> console.cache().policy().setMemoryLimitBytes(2L << 30)).start();
        console.await(10, () -> memory.getText().contains(" of 2.0 GiB"));
    }

    @Test
    void lowerMemoryLimit_inSettings_evictsOnlyTheLargeItemAndSaysSo() throws Exception {
        FxRobot robot = showSeeded();
        TableView<CacheRow> table = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 4);
        long big = console.cache().head(BIG).orElseThrow().heapBytes();

        robot.interact(() -> {
            SettingsViewModel settings = new SettingsViewModel(SettingsStore.standard(), console.context());
            settings.memoryLimitProperty().set(String.valueOf(big - 64));
            settings.save();
        });

        console.await(10, () -> row(table, "big.json").info().tier() == Tier.DISK);
        for (String key : List.of("mid.json", "small.json", "tiny.json")) {
            assertEquals(Tier.BOTH, row(table, key).info().tier(), key);
        }
        assertTrue(console.dialogs().shown().stream().anyMatch(n -> n.summary().contains("evicted")
                && n.summary().contains("big.json")), console.dialogs().shown().toString());
    }

    private static CacheRow row(TableView<CacheRow> table, String path) {
        return table.getItems().stream().filter(r -> r.key().path().equals(path)).findFirst().orElseThrow();
    }
}
