package dev.aside.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.net.InetAddress;
import java.net.ServerSocket;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Issue 12, section 3: with the port taken by another program, the curl line never points at it. */
class ServerPortTakenTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void start_portInUse_saysSoAndCurlLinePointsNowhere() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int taken = other.getLocalPort();
            FxRobot robot = console.show(Screen.SERVER);
            robot.interact(() -> robot.lookup("#server-port").queryAs(TextField.class).setText(String.valueOf(taken)));
            Labeled status = robot.lookup("#server-status").queryLabeled();

            robot.clickOn("#server-start");

            console.await(20, () -> status.getText().contains("in use"));
            Labeled curl = robot.lookup("#server-curl").queryLabeled();
            assertFalse(curl.getText().contains(":" + taken), curl.getText());
            assertEquals(ServerViewModel.NOT_RUNNING, curl.getText());
            assertTrue(console.dialogs().shown().stream().anyMatch(n -> n.summary().contains(String.valueOf(taken))));
        }
    }
}
