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
import dev.aside.ui.settings.BundledSamples;
import dev.aside.ui.settings.SettingsStore;
import dev.aside.ui.settings.StartupSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop console: opens the engine off the UI thread in {@link #init()}, then shows the
 * window. It always opens: with no source configured the window starts on the welcome pane; when the
 * configured sources cannot be opened it starts without them and says why; when another console
 * holds the cache folder it says so and offers another folder. The engine is closed once, by
 * {@link #stop()} or by a shutdown hook on SIGTERM, so hits and last access reach the disk either way.
 */
public final class AsideApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(AsideApplication.class);

    private final AtomicReference<AsideEngine> engine = new AtomicReference<>();
    private final SettingsStore store = SettingsStore.standard();
    /** Asks for another cache folder when the configured one is in use: the platform's chooser, or a test's answer. */
    private final Function<Window, Optional<Path>> askCacheFolder;
    private LaunchOptions options;
    private CacheFolderLock lock;
    private Path busyCacheFolder;
    private Notification startupProblem;
    private FxTaskExecutor tasks;
    private ConsoleWindow window;

    public AsideApplication() {
        this(owner -> new FxDialogService(() -> owner).askFolder("Choose a cache folder for this window"));
    }

    AsideApplication(Function<Window, Optional<Path>> askCacheFolder) {
        this.askCacheFolder = askCacheFolder;
    }

    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeEngine, "aside-shutdown"));
        EngineSettings wanted = StartupSettings.resolve(System.getenv(), store.load(), options.values());
        Optional<CacheFolderLock> acquired = CacheFolderLock.tryAcquire(wanted.cacheRoot());
        if (acquired.isEmpty()) {
            busyCacheFolder = wanted.cacheRoot();
            return;
        }
        lock = acquired.get();
        engine.set(open(wanted));
    }

    /** Off the UI thread: installs the sample functions (once) into the functions folder, opens the engine. */
    private AsideEngine open(EngineSettings wanted) {
        installSampleFunctions(wanted.functionsDir());
        try {
            return AsideEngine.open(wanted);
        } catch (RuntimeException e) {
            LOG.warn("The configured sources could not be opened; starting without them: {}", e.getMessage());
            startupProblem = Notification.error("The configured sources could not be opened, so Aside started "
                    + "without them. Check Settings", e);
            EngineSettings fallback = StartupSettings.resolve(Map.of(), AppSettings.defaults(), Map.of())
                    .withCacheRoot(wanted.cacheRoot());
            return AsideEngine.open(fallback);
        }
    }

    private static void installSampleFunctions(Path functionsDir) {
        try {
            if (BundledSamples.installFunctionsOnce(functionsDir)) {
                LOG.info("Installed the sample functions into {}", functionsDir);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not install the sample functions into {}: {}", functionsDir, e.getMessage());
        }
    }

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskExecutor();
        stage.setTitle("Aside");
        if (busyCacheFolder != null) {
            stage.setScene(new Scene(new AlreadyRunningPane(busyCacheFolder, () -> askCacheFolder.apply(stage),
                    folder -> openOther(stage, folder), Platform::exit), 720, 260));
            stage.show();
            return;
        }
        showConsole(stage);
    }

    /** The analyst chose another cache folder after finding theirs in use. */
    private boolean openOther(Stage stage, Path cacheFolder) {
        Optional<CacheFolderLock> acquired = CacheFolderLock.tryAcquire(cacheFolder);
        if (acquired.isEmpty()) {
            return false;
        }
        lock = acquired.get();
        EngineSettings wanted = StartupSettings.resolve(System.getenv(), store.load(), options.values())
                .withCacheRoot(cacheFolder);
        reopenWith(stage, wanted);
        return true;
    }

    private void showConsole(Stage stage) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        // A bug must not reach the analyst as a stack trace: log it once, show a notification.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Unexpected error on {}", thread.getName(), error);
            Platform.runLater(() -> dialogs.error("Something went wrong (details are in the log)", error));
        });
        AsideEngine current = engine.get();
        ServerConfig serverConfig = EmbeddedServer.config(options, store.load(), System.getenv(),
                current.settings().cacheRoot());
        ConsoleContext context = new ConsoleContext(current, tasks, dialogs, Platform::runLater, new ItemSelection(),
                EmbeddedServer.team(options));
        window = new ConsoleWindow(context, dialogs, store, serverConfig);
        window.setOnReopen(settings -> reopenWith(stage,
                StartupSettings.resolve(System.getenv(), settings, options.values())));
        Scene scene = new Scene(window, 1280, 820);
        window.installShortcuts(scene);
        // A window that showed a console keeps the size and place the analyst gave it; one that showed the
        // small already-running pane grows to the console's size (a shown stage keeps its size on a new
        // scene) and is centred again, so the grown window does not run off the screen.
        boolean consoleBefore = stage.getScene() != null && stage.getScene().getRoot() instanceof ConsoleWindow;
        stage.setScene(scene);
        if (!consoleBefore) {
            stage.sizeToScene();
            stage.centerOnScreen();
        }
        window.applyTheme();
        stage.show();
        if (startupProblem != null) {
            dialogs.notify(startupProblem);
            startupProblem = null;
        }
        window.startServer();
    }

    /** Closes the window and engine, opens the engine on {@code wanted} off the UI thread, shows a new window. */
    private void reopenWith(Stage stage, EngineSettings wanted) {
        if (window != null) {
            window.close();
            window = null;
        }
        Thread opening = new Thread(() -> {
            AsideEngine old = engine.getAndSet(null);
            if (old != null) {
                old.close();
            }
            engine.set(open(wanted));
            Platform.runLater(() -> showConsole(stage));
        }, "aside-reopen");
        opening.setDaemon(true);
        opening.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        closeEngine();
    }

    /** Once, from whichever comes first: the window closing or the JVM shutting down (SIGTERM). */
    private void closeEngine() {
        AsideEngine open = engine.getAndSet(null);
        if (open != null) {
            open.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
