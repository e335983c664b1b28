package dev.aside.ui.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.engine.value.TableValue;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableItemTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    static Table trades(int rows) {
        int[] ids = new int[rows];
        double[] prices = new double[rows];
        String[] sides = new String[rows];
        for (int i = 0; i < rows; i++) {
            ids[i] = i;
            prices[i] = 90 + (i * 7919 % 2000) / 100.0;
            sides[i] = i % 3 == 0 ? "SELL" : "BUY";
        }
        return Table.create("trades", IntColumn.create("trade_id", ids), DoubleColumn.create("price", prices),
                StringColumn.create("side", sides));
    }

    @Test
    void stats_showsProfilePerColumnAndAChart() throws Exception {
        FxRobot robot = console.show(Screen.ITEM);
        console.cache().put(ItemKey.written("trades"), new TableValue(trades(3000)));
        robot.interact(() -> console.context().selection().open(ItemKey.written("trades")));

        TableView<ColumnStats> stats = robot.lookup("#item-stats").queryTableView();
        console.await(15, () -> stats.getItems().size() == 3);
        ColumnStats side = stats.getItems().get(2);
        assertEquals(2, side.distinct());
        assertTrue(side.top().startsWith("BUY (2"), side.top());
        ColumnStats price = stats.getItems().get(1);
        assertEquals(3000, price.count());
        assertTrue(price.mean() > 90 && price.mean() < 110);

        robot.interact(() -> stats.getSelectionModel().select(2));
        console.await(10, () -> robot.lookup("#item-chart .chart").tryQuery().isPresent()
                && ((BarChart<?, ?>) robot.lookup("#item-chart .chart").query()).getTitle().contains("side"));
    }

    @Test
    void preview_sortAndFilter_computedInBackground() throws Exception {
        FxRobot robot = console.show(Screen.ITEM);
        console.cache().put(ItemKey.written("trades"), new TableValue(trades(50_000)));
        robot.interact(() -> console.context().selection().open(ItemKey.written("trades")));
        console.await(10, () -> robot.lookup("Preview").tryQuery().isPresent());
        robot.clickOn("Preview");
        TableView<Integer> grid = robot.lookup("#preview-grid").queryTableView();
        console.await(10, () -> grid.getItems().size() == 50_000);

        robot.interact(() -> {
            TableColumn<Integer, ?> price = grid.getColumns().get(2);
            price.setSortType(TableColumn.SortType.DESCENDING);
            grid.getSortOrder().setAll(price);
        });
        console.await(10, () -> grid.getItems().size() == 50_000 && grid.getItems().get(0) != 0);
        double top = priceOf(grid.getItems().get(0));
        assertEquals(109.99, top, 1e-9);

        robot.clickOn("#preview-filter").write("side=SELL");
        robot.clickOn("#preview-filter-apply");
        console.await(10, () -> grid.getItems().size() == 16_667);
        assertEquals(1, grid.getSortOrder().size(), "the sort survives the filter");
        assertTrue(priceOf(grid.getItems().get(0)) >= priceOf(grid.getItems().get(1)));
        assertTrue(robot.lookup("#preview-status").queryLabeled().getText().contains("16,667 of 50,000"));
    }

    private static double priceOf(int row) {
        return 90 + (row * 7919 % 2000) / 100.0;
    }
}
