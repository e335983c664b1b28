package dev.aside.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Notifications tell and go: infos and warnings fade, errors wait to be read, none hides the table. */
class NotificationsTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void infoAndWarning_fade_errorStaysUntilDismissed_dismissAllClears() throws Exception {
        FxRobot robot = console.show(Screen.CACHE);
        robot.interact(() -> {
            console.dialogs().info("Exported 3 rows");
            console.dialogs().notify(new Notification(Notification.Level.WARNING, "The drive folder is slow", ""));
            console.dialogs().error("Could not load big.csv", new IllegalStateException("disk full"));
        });
        console.await(15, () -> console.dialogs().shown().size() == 1);
        assertEquals(Notification.Level.ERROR, console.dialogs().shown().get(0).level());
        Thread.sleep(1_000);
        assertEquals(1, console.dialogs().shown().size(), "an error stays until read");

        robot.interact(() -> console.dialogs().error("Could not load other.csv", new IllegalStateException("gone")));
        robot.clickOn("#notifications-dismiss-all");
        assertTrue(console.dialogs().shown().isEmpty());
        assertFalse(robot.lookup("#notifications").query().isVisible());
    }

    @Test
    void notifications_neverCoverTheTable() throws Exception {
        FxRobot robot = console.show(Screen.CACHE);
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                console.dialogs().error("Could not load file" + i + ".csv", new IllegalStateException("unreadable"));
            }
        });
        Node table = robot.lookup("#cache-table").query();
        Node notifications = robot.lookup("#notifications").query();
        robot.interact(() -> { });
        Bounds tableBounds = table.localToScene(table.getBoundsInLocal());
        Bounds toastBounds = notifications.localToScene(notifications.getBoundsInLocal());
        assertTrue(toastBounds.getHeight() > 0);
        assertTrue(tableBounds.getMaxY() <= toastBounds.getMinY(), tableBounds + " vs " + toastBounds);
    }
}
