package dev.aside.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.net.ConnectException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Stop releases the embedded server's port; Start serves the engine again on the port the screen shows. */
class ServerStartStopTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void stopThenStart_refusesConnectionsThenAnswersOnThePortShown() throws Exception {
        console.write("fx/eurusd.json", "{\"pair\":\"EURUSD\",\"mid\":1.0842}");
        FxRobot robot = console.show(Screen.SERVER);
        Label status = robot.lookup("#server-status").queryAs(Label.class);
        Label url = robot.lookup("#server-url").queryAs(Label.class);
        Button stop = robot.lookup("#server-stop").queryButton();
        robot.clickOn("#server-start");
        console.await(20, () -> !stop.isDisabled());
        String first = url.getText();
        assertEquals("Running on " + first, status.getText());
        assertEquals(200, LocalHttp.get(first + "/cache/api/v1.0/?function=cache_head").statusCode());

        robot.clickOn("#server-stop");
        console.await(20, () -> status.getText().equals("Stopped"));
        assertEquals("—", url.getText());
        assertTrue(stop.isDisabled());
        assertThrows(ConnectException.class, () -> LocalHttp.get(first + "/health"));

        robot.clickOn("#server-start");
        console.await(20, () -> !stop.isDisabled());
        String second = url.getText();
        assertEquals(first, second, "Start again listens on the port the field kept");
        assertEquals(second, "http://127.0.0.1:" + robot.lookup("#server-port").queryAs(TextField.class).getText());
        var read = LocalHttp.get(second + "/cache/api/v1.0/?function=read&path=fx/eurusd.json");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("EURUSD"), read.body());
    }
}
