package dev.aside.ui.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.Tier;
import dev.aside.engine.value.TableValue;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class SqlScreenTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    private static final String TRADES = """
            trade_id,security_type,price
            1,BOND,100.5
            2,EQUITY,20
            3,BOND,99.5
            4,EQUITY,30
            5,FX,1.1
            """;

    private static final String GROUP_BY = """
            SELECT security_type, count(*) AS trades, sum(price) AS total
            FROM "sd:trades.csv"
            GROUP BY security_type
            ORDER BY security_type""";

    /** From SqlTest: DuckDB works on it far longer than any test waits. */
    private static final String RUNAWAY = "SELECT COUNT(*) FROM range(1000000) a, range(1000000) b WHERE a.range + b.range = -1";

    private FxRobot cachedTradesOnSqlScreen() throws Exception {
        console.write("trades.csv", TRADES);
        FxRobot robot = console.show(Screen.SQL);
        console.cache().read(ItemKey.of("sd", "trades.csv")); // loaded off the FX thread, as a Sources load
        return robot;
    }

    private void type(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup("#sql-editor").<TextArea>query().setText(query));
    }

    @Test
    void run_groupByOverCachedCsv_showsResultRowsAndRemembersTheQuery() throws Exception {
        FxRobot robot = cachedTradesOnSqlScreen();
        type(robot, GROUP_BY);
        robot.clickOn("#sql-editor").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        console.await(30, () -> robot.lookup("#sql-grid").tryQuery().isPresent());
        TableView<Integer> grid = robot.lookup("#sql-grid").query();
        assertEquals(3, grid.getItems().size());
        List<String> firstColumn = new ArrayList<>();
        robot.interact(() -> grid.getItems().forEach(row ->
                firstColumn.add(String.valueOf(grid.getColumns().get(1).getCellData(row)))));
        assertEquals(List.of("BOND", "EQUITY", "FX"), firstColumn);
        assertEquals("2", String.valueOf(grid.getColumns().get(2).getCellData(grid.getItems().get(0))));
        assertTrue(robot.lookup("#sql-status").queryLabeled().getText().startsWith("3 rows"),
                robot.lookup("#sql-status").queryLabeled().getText());
        ListView<String> history = robot.lookup("#sql-history").queryListView();
        assertEquals(List.of(GROUP_BY.strip()), history.getItems());
    }

    @Test
    void run_syntaxError_showsLineAndColumnAndMovesTheCaretThere() throws Exception {
        FxRobot robot = cachedTradesOnSqlScreen();
        String query = "SELECT security_type\nFROM \"sd:trades.csv\"\nGROUP BY BY security_type";
        type(robot, query);
        robot.clickOn("#sql-run");

        Label error = robot.lookup("#sql-error").query();
        console.await(30, () -> !error.getText().isEmpty());
        assertTrue(error.getText().startsWith("Line 3:"), error.getText());
        TextArea editor = robot.lookup("#sql-editor").query();
        int lineThree = query.indexOf("GROUP BY BY");
        assertTrue(editor.getCaretPosition() > lineThree, "caret at " + editor.getCaretPosition());
        assertFalse(editor.getSelectedText().contains("\n"));
    }

    @Test
    void cancel_longCrossJoin_stopsTheQueryAndFreesRun() throws Exception {
        FxRobot robot = cachedTradesOnSqlScreen();
        type(robot, RUNAWAY);
        robot.clickOn("#sql-run");
        console.await(10, () -> !robot.lookup("#sql-cancel").query().isDisabled());
        Thread.sleep(300); // let DuckDB start working
        robot.clickOn("#sql-cancel");

        console.await(10, () -> robot.lookup("#sql-status").queryLabeled().getText().contains("cancelled"));
        assertFalse(robot.lookup("#sql-run").query().isDisabled());
        assertTrue(robot.lookup("#sql-grid").tryQuery().isEmpty());
    }

    @Test
    void storeAsItem_cachesTheWholeResultUnderTheName() throws Exception {
        FxRobot robot = cachedTradesOnSqlScreen();
        type(robot, GROUP_BY);
        robot.clickOn("#sql-store-name").write("by_type");
        robot.clickOn("#sql-store");

        ItemKey stored = ItemKey.written("by_type");
        console.await(30, () -> console.cache().head(stored).isPresent());
        assertEquals(3, console.cache().head(stored).orElseThrow().rows());
        TableValue value = (TableValue) console.cache().read(stored).value();
        assertEquals(List.of("BOND", "EQUITY", "FX"), value.table().stringColumn("security_type").asList()
                .stream().collect(Collectors.toList()));
        console.await(5, () -> robot.lookup("#sql-status").queryLabeled().getText().startsWith("Stored as by_type"));
    }

    @Test
    void run_resultPastTheGridLimit_showsTheFirstRowsAndSaysSo() throws Exception {
        FxRobot robot = cachedTradesOnSqlScreen();
        type(robot, "SELECT range AS n FROM range(25000)");
        robot.clickOn("#sql-run");

        console.await(30, () -> robot.lookup("#sql-grid").tryQuery().isPresent());
        assertEquals(SqlRun.MAX_ROWS, robot.lookup("#sql-grid").<TableView<Integer>>query().getItems().size());
        assertTrue(robot.lookup("#sql-status").queryLabeled().getText().startsWith("first 10,000 rows"),
                robot.lookup("#sql-status").queryLabeled().getText());
    }

    @Test
    void export_wholeResultAsCsvAndParquet_writesEveryRow() throws Exception {
        cachedTradesOnSqlScreen();
        var sql = console.engine().functions().sql();
        Path csv = SqlExport.write(sql, console.cache(), GROUP_BY, SqlExportFormat.CSV, console.temp().resolve("out.csv"));
        assertEquals(List.of("security_type,trades,total", "BOND,2,200.0", "EQUITY,2,50.0", "FX,1,1.1"),
                Files.readAllLines(csv));
        // Read back through the engine's own Parquet reader, as an analyst's file would be.
        SqlExport.write(sql, console.cache(), "SELECT range AS n FROM range(25000)", SqlExportFormat.PARQUET,
                console.sorRoot().resolve("out.parquet"));
        assertEquals(25000, console.cache().read(ItemKey.of("sd", "out.parquet")).info().rows());
    }

    /** Types {@code text}, puts the caret at its end, chooses {@code suggestion} from Ctrl+Space's list and waits for {@code completed}. */
    private void complete(FxRobot robot, String text, String suggestion, String completed) throws Exception {
        type(robot, text);
        TextArea editor = robot.lookup("#sql-editor").query();
        robot.clickOn(editor);
        robot.interact(editor::end);
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);

        console.await(10, () -> robot.lookup(suggestion).tryQuery().isPresent());
        robot.clickOn(suggestion);
        console.await(5, () -> editor.getText().equals(completed));
    }

    @Test
    void completion_ctrlSpaceOffersTheCachedTable_choosingItCompletesTheName() throws Exception {
        FxRobot robot = cachedTradesOnSqlScreen();
        complete(robot, "SELECT * FROM \"sd:tr", "\"sd:trades.csv\"", "SELECT * FROM \"sd:trades.csv\"");
    }

    @Test
    void completion_tableOnDiskOnly_offersItsColumnsWithoutCountingAHit() throws Exception {
        FxRobot robot = cachedTradesOnSqlScreen();
        ItemKey trades = ItemKey.of("sd", "trades.csv");
        console.cache().policy().awaitPersistence();
        assertTrue(console.cache().policy().evictFromMemory(trades));
        long hits = console.cache().head(trades).orElseThrow().hits();
        complete(robot, "SELECT sec", "security_type", "SELECT security_type");

        ItemInfo after = console.cache().head(trades).orElseThrow();
        assertEquals(hits, after.hits());
        assertEquals(Tier.DISK, after.tier());
    }

    @Test
    void export_menu_offersCsvJsonAndParquet() throws Exception {
        FxRobot robot = cachedTradesOnSqlScreen();
        robot.clickOn("#sql-export");

        MenuButton export = robot.lookup("#sql-export").query();
        assertEquals(List.of("CSV…", "JSON…", "PARQUET…"),
                export.getItems().stream().map(MenuItem::getText).collect(Collectors.toList()));
        robot.interact(export::hide);
    }

    @Test
    void completion_offersCachedTableAndItsColumns() throws Exception {
        cachedTradesOnSqlScreen();
        SqlCompletion completion = new SqlCompletion(console.cache());
        assertEquals(List.of("\"sd:trades.csv\""), completion.suggest("\"sd:tr"));
        assertEquals(List.of("security_type"), completion.suggest("sec"));
        assertEquals(3, SqlView.wordStart("x, \"sd:t", 8));
    }
}
