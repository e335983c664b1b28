package dev.aside.ui.memory;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemInfo;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.TableValue;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import javafx.scene.chart.PieChart;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The Memory screen answers "where did my memory go": largest items first, shares by kind and by storage. */
class MemoryScreenTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void memory_largestItemsFirst_sharesByKindAndStorage() throws Exception {
        console.write("prices.json", "{\"a\":1}");
        FxRobot robot = console.show(Screen.MEMORY);
        console.cache().put(ItemKey.written("work/small"), new BytesValue(new byte[10]));
        console.cache().put(ItemKey.written("work/big"), new TableValue(Table.create("big", DoubleColumn.create("x", new double[200_000]))));
        console.cache().read(ItemKey.of("sd", "prices.json"), dev.aside.engine.ReadOptions.DEFAULT);

        TableView<ItemInfo> items = robot.lookup("#memory-items").queryTableView();
        console.await(10, () -> items.getItems().size() == 3);
        assertEquals("work/big", String.valueOf(items.getItems().get(0).key()), "the largest in memory comes first");
        assertTrue(items.getItems().get(0).heapBytes() >= items.getItems().get(1).heapBytes());

        PieChart byKind = robot.lookup("#memory-by-kind").query();
        assertTrue(byKind.getData().get(0).getName().startsWith("Table"), byKind.getData().get(0)::getName);
        PieChart byStorage = robot.lookup("#memory-by-storage").query();
        assertTrue(byStorage.getData().stream().anyMatch(d -> d.getName().startsWith("Drive folder")),
                () -> byStorage.getData().toString());
        assertTrue(byStorage.getData().stream().anyMatch(d -> d.getName().startsWith("written")));
        assertTrue(robot.lookup("#memory-summary").queryLabeled().getText().startsWith("3 items"));

        robot.clickOn("#memory-by-disk");
        assertEquals(3, items.getItems().size());
    }
}
