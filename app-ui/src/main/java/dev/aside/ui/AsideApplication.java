package dev.aside.ui;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.rest.ServerConfig;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.FxDialogService;
import dev.aside.ui.common.FxTaskExecutor;
import dev.aside.ui.common.ItemSelection;
import dev.aside.ui.common.Notification;
import dev.aside.ui.settings.AppSettings;
import dev.aside.ui.settings.SettingsStore;
import dev.aside.ui.settings.StartupSettings;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop console: opens the engine off the UI thread in {@link #init()}, then shows the
 * window. When the configured sources cannot be opened (a bad bucket, an unreadable folder) it
 * starts on the bundled samples instead and says why, rather than not starting at all.
 */
public final class AsideApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(AsideApplication.class);

    private AsideEngine engine;
    private ServerConfig serverConfig;
    private Notification startupProblem;
    private FxTaskExecutor tasks;
    private ConsoleWindow window;

    @Override
    public void init() {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        AppSettings saved = SettingsStore.standard().load();
        try {
            engine = AsideEngine.open(StartupSettings.resolve(System.getenv(), saved, options.values()));
        } catch (RuntimeException e) {
            LOG.warn("The configured sources could not be opened; starting on the bundled samples: {}", e.getMessage());
            startupProblem = Notification.error("The configured sources could not be opened, so Aside started on "
                    + "the bundled samples. Check Settings", e);
            EngineSettings fallback = StartupSettings.resolve(Map.of(), AppSettings.defaults(), Map.of());
            engine = AsideEngine.open(fallback);
        }
        serverConfig = EmbeddedServer.config(options, saved, System.getenv(), engine.settings().cacheRoot());
    }

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskExecutor();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        // A bug must not reach the analyst as a stack trace: log it once, show a notification.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Unexpected error on {}", thread.getName(), error);
            Platform.runLater(() -> dialogs.error("Something went wrong (details are in the log)", error));
        });
        ConsoleContext context = new ConsoleContext(engine, tasks, dialogs, Platform::runLater, new ItemSelection());
        window = new ConsoleWindow(context, dialogs, SettingsStore.standard(), serverConfig);
        Scene scene = new Scene(window, 1280, 820);
        window.installShortcuts(scene);
        stage.setScene(scene);
        window.applyTheme();
        stage.setTitle("Aside");
        stage.show();
        if (startupProblem != null) {
            dialogs.notify(startupProblem);
        }
        window.startServer();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        engine.close();
    }
}
