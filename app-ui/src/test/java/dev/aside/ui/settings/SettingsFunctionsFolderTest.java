package dev.aside.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Issue 12, section 3: the functions folder is a setting, shown as in force, saved, and used at the next start. */
class SettingsFunctionsFolderTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void functionsFolder_setInSettingsAndSaved_isTheEnginesFolderAtTheNextStart() throws Exception {
        FxRobot robot = console.show(Screen.FUNCTIONS);
        robot.clickOn("#nav-settings");
        TextField field = robot.lookup("#settings-functions-folder").query();
        assertEquals(console.temp().resolve("functions").toString(), field.getText(), "the folder in force, not a hint");

        Path chosen = console.temp().resolve("desk-functions");
        robot.interact(field::clear);
        robot.clickOn(field).write(chosen.toString());
        robot.clickOn("Save");

        console.await(10, () -> chosen.toString().equals(SettingsStore.standard().load().functionsFolder()));
        AppSettings saved = SettingsStore.standard().load();
        Path atNextStart = StartupSettings.resolve(Map.of("LOCAL_FUNCTION_DIR", "/env/functions"), saved, Map.of())
                .functionsDir();
        assertEquals(chosen, atNextStart, "the saved folder wins over the environment");
    }
}
