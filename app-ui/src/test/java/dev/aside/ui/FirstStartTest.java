package dev.aside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.ui.settings.AppSettings;
import dev.aside.ui.settings.SettingsStore;
import dev.aside.ui.testing.ConsoleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Issue 12, section 3: a first start with no source configured opens on the welcome pane. */
class FirstStartTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture(settings -> settings.withSdRoot(null));

    @Test
    void noSourceConfigured_opensOnWelcome_andSamplesBecomeTheDriveFolder() throws Exception {
        FxRobot robot = console.show(Screen.SOURCES);
        assertTrue(console.cache().storages().isEmpty());
        assertTrue(robot.lookup("#welcome").tryQuery().isPresent(), "the welcome pane is shown");
        assertTrue(robot.lookup("#welcome-s3-test").tryQuery().isPresent(), "S3 has a Test connection button");
        AtomicReference<AppSettings> reopened = new AtomicReference<>();
        robot.interact(() -> console.window().setOnReopen(reopened::set));

        robot.clickOn("#welcome-samples");

        console.await(20, () -> reopened.get() != null);
        Path folder = Path.of(reopened.get().driveFolder());
        assertTrue(Files.isRegularFile(folder.resolve("trades.csv")), folder.toString());
        assertEquals(folder.toString(), SettingsStore.standard().load().driveFolder(), "the choice is saved");
    }

    @Test
    void noSourceConfigured_s3TestConnection_reportsTheProblemInPlace() throws Exception {
        FxRobot robot = console.show(Screen.SOURCES);
        robot.clickOn("#welcome-s3-bucket").write("no-such-bucket");
        robot.clickOn("#welcome-s3-endpoint").write("http://127.0.0.1:1");
        robot.clickOn("#welcome-s3-access-key").write("key");
        robot.clickOn("#welcome-s3-secret").write("secret");

        robot.clickOn("#welcome-s3-test");

        console.await(60, () -> robot.lookup("#welcome-s3-result").queryLabeled().getText().startsWith("Could not connect"));
    }
}
