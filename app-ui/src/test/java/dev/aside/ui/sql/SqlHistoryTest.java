package dev.aside.ui.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.ui.Screen;
import dev.aside.ui.common.CurrentThreadTaskExecutor;
import dev.aside.ui.settings.SettingsStore;
import dev.aside.ui.testing.ConsoleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The SQL history outlives the console: kept beside the settings, newest first, without repeats. */
class SqlHistoryTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    private void run(FxRobot robot, String query) throws Exception {
        robot.interact(() -> robot.lookup("#sql-editor").<TextArea>query().setText(query));
        robot.clickOn("#sql-run");
        console.await(30, () -> !robot.lookup("#sql-run").query().isDisabled());
    }

    private Path historyFile() {
        return SettingsStore.standard().file().resolveSibling(SqlHistoryFile.NAME);
    }

    @Test
    void history_afterRestart_listsTheQueriesNewestFirstWithoutRepeats() throws Exception {
        FxRobot robot = console.show(Screen.SQL);
        run(robot, "SELECT 1 AS one");
        run(robot, "SELECT 2 AS two");
        run(robot, "SELECT 1 AS one"); // run again: moves to the top, not listed twice

        robot = console.restart(Screen.SQL);

        ListView<String> history = robot.lookup("#sql-history").queryListView();
        console.await(10, () -> !history.getItems().isEmpty());
        assertEquals(List.of("SELECT 1 AS one", "SELECT 2 AS two"), List.copyOf(history.getItems()));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(historyFile()));
    }

    @Test
    void remember_pastTheLimit_keepsTheNewestHundredInTheFile() {
        SqlHistoryFile file = new SqlHistoryFile(console.temp().resolve("config"));
        SqlHistory history = new SqlHistory(file, new CurrentThreadTaskExecutor());
        IntStream.range(0, SqlHistory.LIMIT + 5).forEach(i -> history.remember("SELECT " + i));

        List<String> saved = file.load();
        assertEquals(SqlHistory.LIMIT, saved.size());
        assertEquals("SELECT " + (SqlHistory.LIMIT + 4), saved.get(0));
        assertEquals(List.copyOf(history.queries()), saved);
    }
}
