package dev.aside.ui;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.engine.ReadOptions;
import dev.aside.engine.bench.BondTrades;
import dev.aside.ui.testing.ConsoleFixture;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * At 1280x800, the laptop size the console is laid out for, no label, button or column header is cut
 * short with an ellipsis. Data in cells may be longer than its column; names of things may not.
 */
class TruncationTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void everyScreen_at1280x800_noLabelCutShort() throws Exception {
        Files.createDirectories(console.sorRoot().resolve("bonds"));
        BondTrades.writeParquet(20_000, console.sorRoot().resolve("bonds/trades.parquet"));
        for (int i = 0; i < 5; i++) {
            console.write("prices" + i + ".json", "{\"a\":" + i + "}");
        }
        FxRobot robot = console.show(Screen.SOURCES);
        robot.interact(() -> {
            console.window().getScene().getWindow().setWidth(1280);
            console.window().getScene().getWindow().setHeight(800);
        });
        TableView<?> sources = robot.lookup("#sources-table").queryTableView();
        console.await(10, () -> sources.getItems().size() == 6);
        robot.interact(() -> sources.getSelectionModel().selectRange(1, 3));
        robot.clickOn("#sources-load");
        console.cache().read(ItemKey.of("sd", "bonds/trades.parquet"), ReadOptions.DEFAULT);
        console.await(20, () -> console.cache().list().size() == 3);

        List<String> cut = new ArrayList<>(truncated(robot, "Sources"));
        javafx.scene.control.ComboBox<String> storage = robot.lookup("#sources-storage").query();
        assertEquals("sd", storage.getValue(), "a storage is chosen, so the picker is not empty");
        assertEquals("Drive folder", storage.getConverter().toString(storage.getValue()),
                "the storage is named as the analyst knows it");
        for (Screen screen : List.of(Screen.CACHE, Screen.FUNCTIONS, Screen.SERVER, Screen.TELEMETRY, Screen.MEMORY)) {
            console.showScreen(screen);
            cut.addAll(truncated(robot, screen.title()));
        }
        robot.interact(() -> console.context().selection().open(ItemKey.of("sd", "bonds/trades.parquet")));
        console.showScreen(Screen.ITEM);
        console.await(30, () -> robot.lookup("#item-stats").tryQuery().isPresent()
                && !robot.lookup("#item-stats").queryTableView().getItems().isEmpty());
        cut.addAll(truncated(robot, "Item stats"));
        robot.clickOn("Preview");
        console.await(10, () -> robot.lookup("#preview-grid").tryQuery().isPresent());
        cut.addAll(truncated(robot, "Item preview"));
        console.showScreen(Screen.SERVER); // running, with the opened item's curl line: the longest text on that screen
        robot.clickOn("#server-start");
        console.await(30, () -> robot.lookup("#server-curl").queryLabeled().getText().contains("trades.parquet"));
        cut.addAll(truncated(robot, "Server with an item selected"));
        console.showScreen(Screen.SQL);
        cut.addAll(truncated(robot, "SQL"));

        assertEquals(List.of(), cut, "labels cut short at 1280x800");
    }

    /** Texts shown with an ellipsis that their control's own text does not have, outside data cells. */
    private List<String> truncated(FxRobot robot, String where) throws Exception {
        List<String> found = new ArrayList<>();
        robot.interact(() -> collect(console.window(), where, found, false));
        return found;
    }

    private static void collect(Node node, String where, List<String> found, boolean inComboBox) {
        if (!node.isVisible() || node instanceof IndexedCell<?> && !inComboBox) {
            return; // data in a list or table cell may be longer than its column
        }
        if (node instanceof Text text && text.getParent() instanceof Labeled labeled) {
            String shown = text.getText();
            String full = labeled.getText();
            String ellipsis = labeled.getEllipsisString(); // "..." unless a control sets its own
            if (shown != null && full != null && !ellipsis.isEmpty() && shown.endsWith(ellipsis) && !full.endsWith(ellipsis)) {
                found.add(where + ": '" + shown + "' (of '" + full + "')");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, where, found, inComboBox || node instanceof ComboBoxBase<?>);
            }
        }
    }
}
