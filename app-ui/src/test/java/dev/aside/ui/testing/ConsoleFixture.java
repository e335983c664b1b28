package dev.aside.ui.testing;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.Cache;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.testing.TestFiles;
import dev.aside.rest.ServerConfig;
import dev.aside.rest.auth.TokenSource;
import dev.aside.ui.ConsoleWindow;
import dev.aside.ui.Screen;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.TeamMembership;
import dev.aside.ui.common.FxDialogService;
import dev.aside.ui.common.FxTaskExecutor;
import dev.aside.ui.common.ItemSelection;
import dev.aside.ui.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real console window over a real engine: a temp folder as the drive SOR (or whatever
 * {@link #engineSettings} configures), a temp disk tier and config folder, the application's own
 * background executor. Register with {@code @RegisterExtension}; write source files in the
 * constructor's seed callback or before {@link #show()}.
 */
public final class ConsoleFixture implements BeforeEachCallback, AfterEachCallback {

    private final UnaryOperator<EngineSettings> engineSettings;
    private Path temp;
    private AsideEngine engine;
    private FxTaskExecutor tasks;
    private FxDialogService dialogs;
    private ConsoleWindow window;
    private ConsoleContext context;
    private FxThreadGuard fxThreadGuard;
    private final FxRobot robot = new FxRobot();
    private TeamMembership team = TeamMembership.none();

    public ConsoleFixture() {
        this(UnaryOperator.identity());
    }

    /** A console whose engine settings are adjusted, e.g. to add an S3 bucket. */
    public ConsoleFixture(UnaryOperator<EngineSettings> engineSettings) {
        this.engineSettings = engineSettings;
    }

    /** A console started as a member of {@code team}: its server joins the team when started. */
    public ConsoleFixture inTeam(TeamMembership membership) {
        this.team = membership;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext extension) throws Exception {
        temp = Files.createTempDirectory("aside-ui-test");
        Files.createDirectories(sorRoot());
        System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, temp.resolve("config").toString());
        FxToolkit.registerPrimaryStage();
    }

    public Path sorRoot() {
        return temp.resolve("sor");
    }

    public Path temp() {
        return temp;
    }

    public void write(String relative, String content) {
        TestFiles.write(sorRoot(), relative, content);
    }

    /** Opens the engine and shows the window on {@code screen}. */
    public FxRobot show(Screen screen) throws Exception {
        EngineSettings settings = EngineSettings.fromEnvironment(Map.of())
                .withCacheRoot(temp.resolve("cache"))
                .withSdRoot(sorRoot())
                .withFunctionsDir(temp.resolve("functions"))
                .withMemoryLimitBytes(256L << 20);
        engine = AsideEngine.open(engineSettings.apply(settings));
        fxThreadGuard = new FxThreadGuard(engine.cache());
        tasks = new FxTaskExecutor();
        FxToolkit.setupStage(stage -> {
            dialogs = new FxDialogService(() -> stage);
            context = new ConsoleContext(engine, tasks, dialogs, Platform::runLater, new ItemSelection(), team);
            window = new ConsoleWindow(context, dialogs, SettingsStore.standard(), ServerConfig.loopback(0,
                    TokenSource.resolve(null, null, Map.of(), engine.settings().cacheRoot()).value()));
            Scene scene = new Scene(window, 1280, 820);
            window.installShortcuts(scene);
            stage.setScene(scene);
            window.applyTheme();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        showScreen(screen);
        return robot;
    }

    public void showScreen(Screen screen) {
        robot.interact(() -> window.show(screen));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public Cache cache() {
        return engine.cache();
    }

    public AsideEngine engine() {
        return engine;
    }

    public FxDialogService dialogs() {
        return dialogs;
    }

    public ConsoleWindow window() {
        return window;
    }

    public ConsoleContext context() {
        return context;
    }

    public FxRobot robot() {
        return robot;
    }

    /** Waits up to {@code seconds} for a condition checked on the FX thread. */
    public void await(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Quits the console once its background tasks have ended, as an analyst closing it at rest, and
     * opens it again on the same SOR, cache and config folders, showing {@code screen}.
     */
    public FxRobot restart(Screen screen) throws Exception {
        await(30, () -> tasks.runningCount().get() == 0);
        closeConsole();
        fxThreadGuard.assertNoneSeen();
        return show(screen);
    }

    private void closeConsole() {
        if (window != null) {
            robot.interact(window::close);
        }
        if (tasks != null) {
            tasks.close();
        }
        if (fxThreadGuard != null) {
            fxThreadGuard.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) throws Exception {
        FxToolkit.cleanupStages();
        closeConsole();
        System.clearProperty(SettingsStore.CONFIG_DIR_PROPERTY);
        TestFiles.deleteTree(temp);
        if (fxThreadGuard != null) {
            fxThreadGuard.assertNoneSeen(); // every console test also checks that no engine work froze the window
        }
    }
}
