package dev.aside.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The list of loads reads at a glance: a failure is red and still, Cancel stays in reach whatever the name. */
class LoadListTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void failedLoad_redWithoutAnimation_cancelKeptInsideTheListForALongName() throws Exception {
        String name = "a_very_long_object_name_that_an_analyst_got_from_an_upstream_system_" + "x".repeat(80) + ".json";
        console.write(name, "{not json");
        FxRobot robot = console.show(Screen.SOURCES);
        TableView<SourceEntry> table = robot.lookup("#sources-table").queryTableView();
        console.await(10, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#sources-load");
        console.await(20, () -> robot.lookup(".load-failed").tryQuery().isPresent());

        ProgressBar bar = robot.lookup("#sources-loads .progress-bar").query();
        assertEquals(1.0, bar.getProgress(), "an ended load shows a still bar, not the indeterminate animation");
        Labeled message = robot.lookup(".load-failed .load-message").query();
        Color red = (Color) message.getTextFill();
        assertTrue(red.getRed() > red.getGreen() + 0.2 && red.getRed() > red.getBlue() + 0.2, red::toString);

        Node list = robot.lookup("#sources-loads").query();
        Node cancel = robot.lookup(".load-cancel").query();
        Bounds listBounds = list.localToScene(list.getBoundsInLocal());
        Bounds cancelBounds = cancel.localToScene(cancel.getBoundsInLocal());
        assertTrue(cancelBounds.getMaxX() <= listBounds.getMaxX(), cancelBounds + " outside " + listBounds);
    }
}
