package dev.aside.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemKind;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class BrowseAndLoadTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void browse_openFolderSelectTwoAndLoad_bothCachedAndShownInCacheScreen() throws Exception {
        console.write("trades/a.json", "{\"isin\":\"US0001\",\"qty\":5}");
        console.write("trades/b.json", "[1,2,3]");
        console.write("readme.bin", "hello");
        FxRobot robot = console.show(Screen.SOURCES);
        TableView<SourceEntry> table = robot.lookup("#sources-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 2);
        assertEquals(List.of("trades/", "readme.bin"), table.getItems().stream().map(SourceEntry::name).toList());

        robot.doubleClickOn("trades/");
        console.await(10, () -> table.getItems().size() == 2 && !table.getItems().get(0).folder());
        robot.clickOn("a.json").press(KeyCode.SHIFT).clickOn("b.json").release(KeyCode.SHIFT);
        robot.clickOn("#sources-load");

        console.await(20, () -> console.cache().list().size() == 2);
        assertEquals(ItemKind.DOCUMENT, console.cache().head(ItemKey.of("sd", "trades/a.json")).orElseThrow().kind());
        assertEquals(ItemKind.COLLECTION, console.cache().head(ItemKey.of("sd", "trades/b.json")).orElseThrow().kind());
        console.showScreen(Screen.CACHE);
        TableView<?> cache = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> cache.getItems().size() == 2);
    }

    @Test
    void load_oneUnreadableObject_reportsItAndLoadsTheRest() throws Exception {
        console.write("good.json", "{\"ok\":true}");
        console.write("bad.json", "{not json");
        FxRobot robot = console.show(Screen.SOURCES);
        TableView<SourceEntry> table = robot.lookup("#sources-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#sources-load");

        console.await(20, () -> console.cache().head(ItemKey.of("sd", "good.json")).isPresent() && !console.dialogs().shown().isEmpty());
        assertTrue(console.cache().head(ItemKey.of("sd", "bad.json")).isEmpty());
        assertTrue(console.dialogs().shown().stream().anyMatch(n -> n.summary().contains("bad.json")),
                () -> "notifications: " + console.dialogs().shown());
        assertTrue(robot.lookup(".load-failed").tryQuery().isPresent());
    }

    @Test
    void filter_narrowsThePageByName() throws Exception {
        for (int i = 0; i < 30; i++) {
            console.write("f" + i + ".json", "{}");
        }
        FxRobot robot = console.show(Screen.SOURCES);
        TableView<SourceEntry> table = robot.lookup("#sources-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 30);
        robot.clickOn("#sources-filter").write("f2");
        console.await(5, () -> table.getItems().size() == 11);
    }
}
