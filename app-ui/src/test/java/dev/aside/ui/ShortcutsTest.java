package dev.aside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.ui.settings.SettingsStore;
import dev.aside.ui.testing.ConsoleFixture;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class ShortcutsTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void ctrlDigits_switchScreens_ctrlT_togglesAndRemembersTheTheme() throws Exception {
        FxRobot robot = console.show(Screen.SOURCES);
        robot.clickOn("#sources-table");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        console.await(5, () -> console.window().current() == Screen.CACHE);
        assertTrue(robot.lookup("#cache-table").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        console.await(5, () -> console.window().current() == Screen.TELEMETRY);

        boolean dark = SettingsStore.standard().load().darkTheme();
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        console.await(5, () -> SettingsStore.standard().load().darkTheme() != dark);
        assertEquals(!dark, SettingsStore.standard().load().darkTheme());
    }
}
