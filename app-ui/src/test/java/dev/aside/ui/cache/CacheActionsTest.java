package dev.aside.ui.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.engine.ReadOptions;
import dev.aside.engine.Tier;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.JsonValue;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class CacheActionsTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void delete_selectedItem_leavesCacheAndTable() throws Exception {
        console.write("a.json", "{\"a\":1}");
        console.write("b.json", "{\"b\":2}");
        FxRobot robot = console.show(Screen.CACHE);
        console.cache().read(ItemKey.of("sd", "a.json"));
        console.cache().read(ItemKey.of("sd", "b.json"));
        TableView<CacheRow> table = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 2);

        robot.clickOn("a.json");
        robot.clickOn("#cache-delete");

        console.await(10, () -> table.getItems().size() == 1);
        assertTrue(console.cache().head(ItemKey.of("sd", "a.json")).isEmpty());
        assertEquals(ItemKey.of("sd", "b.json"), table.getItems().get(0).key());
    }

    @Test
    void refreshFromSor_changedSource_showsStaleThenCurrentWithNewContent() throws Exception {
        console.write("prices.json", "{\"v\":1}");
        FxRobot robot = console.show(Screen.CACHE);
        console.cache().read(ItemKey.of("sd", "prices.json"));
        TableView<CacheRow> table = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 1);
        TestFiles.change(console.sorRoot(), "prices.json", "{\"v\":2,\"w\":3}");

        robot.clickOn("#cache-refresh");
        console.await(10, () -> table.getItems().get(0).staleText().equals("stale"));
        robot.clickOn("prices.json");
        robot.clickOn("#cache-update");

        // the row may be replaced while delete and reload events arrive; it must settle on the new, current item
        console.await(10, () -> table.getItems().size() == 1 && table.getItems().get(0).info().columns() == 2
                && table.getItems().get(0).staleText().equals("current"));
        JsonValue value = (JsonValue) console.cache().read(ItemKey.of("sd", "prices.json"), ReadOptions.DEFAULT).value();
        assertEquals(2, value.json().get("v").asInt());
    }

    @Test
    void evict_persistedItem_tierBecomesDisk() throws Exception {
        console.write("doc.json", "{\"x\":1}");
        FxRobot robot = console.show(Screen.CACHE);
        console.cache().read(ItemKey.of("sd", "doc.json"));
        console.cache().policy().awaitPersistence();
        TableView<CacheRow> table = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 1 && table.getItems().get(0).info().tier() == Tier.BOTH);

        robot.clickOn("doc.json");
        robot.clickOn("#cache-evict");

        console.await(10, () -> table.getItems().get(0).info().tier() == Tier.DISK);
        assertFalse(console.cache().head(ItemKey.of("sd", "doc.json")).orElseThrow().tier().inMemory());
    }

    @Test
    void itemWrittenElsewhere_appearsWithoutManualRefresh() throws Exception {
        FxRobot robot = console.show(Screen.CACHE);
        TableView<CacheRow> table = robot.lookup("#cache-table").queryTableView();
        new Thread(() -> console.cache().put(ItemKey.written("results/answer"), new JsonValue(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(42)))).start();
        console.await(10, () -> table.getItems().size() == 1);
        assertEquals("no SOR", table.getItems().get(0).staleText());
    }
}
