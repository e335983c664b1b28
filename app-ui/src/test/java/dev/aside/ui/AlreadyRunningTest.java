package dev.aside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.TestFiles;
import dev.aside.ui.settings.SettingsStore;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12, section 3: a second console on a cache folder in use says so and offers another folder,
 * rather than switching silently to something else. Runs the application's own start-up path; the
 * folder chooser is the one seam, answered from a queue.
 */
class AlreadyRunningTest {

    private final FxRobot robot = new FxRobot();
    private final Deque<Path> chosenFolders = new ArrayDeque<>();
    private Thread.UncaughtExceptionHandler uncaught;
    private Path temp;
    private CacheFolderLock otherConsole;
    private Application application;

    @BeforeEach
    void settings() throws Exception {
        temp = Files.createTempDirectory("aside-already-running");
        System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, temp.resolve("config").toString());
        TestFiles.write(temp.resolve("sor"), "desk/positions.json", "{\"book\":\"rates\"}");
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        // as a previous session's Settings left them; fields not written are unset
        Files.createDirectories(SettingsStore.standard().file().getParent());
        Files.writeString(SettingsStore.standard().file(), """
                {"driveFolder": "%s", "cacheFolder": "%s", "functionsFolder": "%s", "port": %d}
                """.formatted(temp.resolve("sor"), busyFolder(), functionsFolder(), freePort));
        otherConsole = CacheFolderLock.tryAcquire(busyFolder()).orElseThrow();
        uncaught = Thread.getDefaultUncaughtExceptionHandler();
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void cacheFolderInUse_saysSo_andAnotherFolderOpensTheConsole() throws Exception {
        Path other = temp.resolve("other-cache");
        chosenFolders.addAll(List.of(busyFolder(), other));
        application = FxToolkit.setupApplication(() -> new AsideApplication(owner -> Optional.ofNullable(chosenFolders.poll())));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Aside is already running with this cache folder",
                robot.lookup("#already-running-title").queryLabeled().getText());
        assertTrue(robot.lookup("#console").tryQuery().isEmpty(), "no console on someone else's cache folder");

        robot.clickOn("#already-running-open-other");
        assertEquals(busyFolder() + " is in use too; choose another folder.",
                robot.lookup("#already-running-problem").queryLabeled().getText());

        robot.clickOn("#already-running-open-other");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> consoleWindow() != null);
        // the window grows to the console's size (the platform resizes it a moment after the new scene)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> consoleWindow().getWidth() == 1280 && consoleWindow().getHeight() == 820);
        assertTrue(CacheFolderLock.tryAcquire(other).isEmpty(), "the console now holds the other folder");
        assertTrue(Files.isRegularFile(functionsFolder().resolve("vwap.java")),
                "the sample functions went into the saved functions folder");
    }

    /** The window showing the console, once its scene is in one (the node is found a moment before that). */
    private Window consoleWindow() {
        return robot.lookup("#console").tryQuery()
                .map(console -> console.getScene() == null ? null : console.getScene().getWindow()).orElse(null);
    }

    private Path busyFolder() {
        return temp.resolve("cache");
    }

    private Path functionsFolder() {
        return temp.resolve("desk-functions");
    }

    @AfterEach
    void close() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
        otherConsole.close();
        Thread.setDefaultUncaughtExceptionHandler(uncaught); // the application sets its own
        System.clearProperty(SettingsStore.CONFIG_DIR_PROPERTY);
        TestFiles.deleteTree(temp);
    }
}
