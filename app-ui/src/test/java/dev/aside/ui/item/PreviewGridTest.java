package dev.aside.ui.item;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.value.TableValue;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Preview grid at the analyst's hands: formatting, sorting with gaps, the engine's filter grammar, copying. */
class PreviewGridTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    private static Table trades() {
        return Table.create("trades",
                IntColumn.create("quantity", 1200, 50, 1_000_000, 700, 3),
                DoubleColumn.create("price", 1234.5, Double.NaN, 99.125, 101.0, 0.5),
                StringColumn.create("side", "BUY", "SELL", "SELL", null, "BUY"));
    }

    private TableView<Integer> openPreview(FxRobot robot) throws Exception {
        console.cache().put(ItemKey.written("desk/trades"), new TableValue(trades()));
        robot.interact(() -> console.context().selection().open(ItemKey.written("desk/trades")));
        console.await(10, () -> robot.lookup("Preview").tryQuery().isPresent());
        robot.clickOn("Preview");
        TableView<Integer> grid = robot.lookup("#preview-grid").queryTableView();
        console.await(10, () -> grid.getItems().size() == 5);
        return grid;
    }

    private static List<Object> columnShown(TableView<Integer> grid, int column) {
        return IntStream.range(0, grid.getItems().size()).mapToObj(i -> grid.getColumns().get(column).getCellData(i))
                .map(Object.class::cast).toList();
    }

    @Test
    void cells_numbersFormattedAndRightAligned_missingShownAsNull() throws Exception {
        FxRobot robot = console.show(Screen.ITEM);
        TableView<Integer> grid = openPreview(robot);

        assertEquals(List.of("1,200", "50", "1,000,000", "700", "3"), columnShown(grid, 1));
        assertEquals(List.of("1,234.500", "NULL", "99.125", "101.000", "0.500"), columnShown(grid, 2),
                "one fixed number of decimals per column");
        assertEquals("NULL", grid.getColumns().get(3).getCellData(3));
        IndexedCell<?> million = robot.lookup("#preview-grid .table-cell").match(
                (IndexedCell<?> c) -> "1,000,000".equals(c.getText())).query();
        assertEquals(Pos.CENTER_RIGHT, million.getAlignment());
        IndexedCell<?> side = robot.lookup("#preview-grid .table-cell").match(
                (IndexedCell<?> c) -> "SELL".equals(c.getText())).query();
        assertTrue(side.getAlignment().getHpos() == javafx.geometry.HPos.LEFT, side.getAlignment()::toString);
    }

    @Test
    void sort_missingValuesLast_ascendingAndDescending() throws Exception {
        FxRobot robot = console.show(Screen.ITEM);
        TableView<Integer> grid = openPreview(robot);

        sortBy(robot, grid, 2, TableColumn.SortType.ASCENDING);
        console.await(10, () -> grid.getItems().get(0) == 4);
        assertEquals(List.of(4, 2, 3, 0, 1), List.copyOf(grid.getItems()));
        sortBy(robot, grid, 2, TableColumn.SortType.DESCENDING);
        console.await(10, () -> grid.getItems().get(0) == 0);
        assertEquals(List.of(0, 3, 2, 4, 1), List.copyOf(grid.getItems()), "NULL stays last descending too");
        sortBy(robot, grid, 3, TableColumn.SortType.DESCENDING);
        console.await(10, () -> grid.getItems().get(0) == 1);
        assertEquals(List.of(1, 2, 0, 4, 3), List.copyOf(grid.getItems()), "equal values in table order, NULL last");
    }

    @Test
    void filter_andConditionsInTheEngineGrammar_invalidInputSaysWhy() throws Exception {
        FxRobot robot = console.show(Screen.ITEM);
        TableView<Integer> grid = openPreview(robot);

        robot.clickOn("#preview-filter").write("side='SELL' and quantity>100").type(KeyCode.ENTER);
        console.await(10, () -> grid.getItems().size() == 1);
        assertEquals(2, grid.getItems().get(0));
        assertTrue(robot.lookup("#preview-filter-error").queryLabeled().getText().isEmpty());

        robot.interact(() -> robot.lookup("#preview-filter").queryTextInputControl().setText("price>cheap"));
        robot.clickOn("#preview-filter-apply");
        console.await(10, () -> !robot.lookup("#preview-filter-error").queryLabeled().getText().isEmpty());
        assertTrue(robot.lookup("#preview-filter-error").queryLabeled().getText().contains("'price' holds numbers"));
        assertEquals(1, grid.getItems().size(), "an unreadable filter leaves the rows shown as they were");
    }

    @Test
    void copy_selectedCells_asTabSeparatedLines() throws Exception {
        FxRobot robot = console.show(Screen.ITEM);
        TableView<Integer> grid = openPreview(robot);

        robot.interact(() -> {
            grid.getSelectionModel().clearSelection();
            grid.getSelectionModel().selectRange(0, grid.getColumns().get(1), 1, grid.getColumns().get(2));
            grid.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals("1,200\t1,234.500\n50\tNULL", copied);
    }

    private static void sortBy(FxRobot robot, TableView<Integer> grid, int column, TableColumn.SortType type) {
        robot.interact(() -> {
            TableColumn<Integer, ?> c = grid.getColumns().get(column);
            c.setSortType(type);
            grid.getSortOrder().setAll(c);
        });
    }
}
