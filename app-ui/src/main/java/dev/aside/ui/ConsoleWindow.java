package dev.aside.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.aside.ui.cache.CacheView;
import dev.aside.ui.cache.CacheViewModel;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.FxDialogService;
import dev.aside.ui.common.NotificationsView;
import dev.aside.ui.common.TeamView;
import dev.aside.ui.common.StorageLabel;
import dev.aside.ui.memory.MemoryView;
import dev.aside.ui.memory.MemoryViewModel;
import dev.aside.ui.functions.FunctionEditorViewModel;
import dev.aside.ui.functions.FunctionsView;
import dev.aside.ui.functions.FunctionsViewModel;
import dev.aside.ui.item.ItemView;
import dev.aside.ui.server.ServerView;
import dev.aside.ui.server.ServerViewModel;
import dev.aside.rest.ServerConfig;
import dev.aside.ui.item.ItemViewModel;
import dev.aside.ui.settings.AppSettings;
import dev.aside.ui.settings.SettingsDialog;
import dev.aside.ui.settings.SettingsStore;
import dev.aside.ui.settings.SettingsViewModel;
import dev.aside.ui.settings.WelcomeView;
import dev.aside.ui.settings.WelcomeViewModel;
import dev.aside.ui.sql.SqlView;
import dev.aside.ui.sql.SqlViewModel;
import dev.aside.ui.sources.SourcesView;
import dev.aside.ui.sources.SourcesViewModel;
import dev.aside.ui.telemetry.TelemetryView;
import dev.aside.ui.telemetry.TelemetryViewModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The one window: a navigation rail on the left, the current screen in the middle, notifications
 * over it and the status bar below. It builds each screen's view model from the shared
 * {@link ConsoleContext} and closes them (their engine subscriptions) when the window goes.
 */
public final class ConsoleWindow extends BorderPane implements AutoCloseable {

    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navigation = new EnumMap<>(Screen.class);
    private final List<AutoCloseable> models = new ArrayList<>();
    private final StackPane content = new StackPane();
    private final ConsoleContext context;
    private final SettingsStore settingsStore;
    /** Null while no source is configured: the welcome pane stands in for the Sources screen. */
    private final SourcesView sources;
    private Consumer<AppSettings> reopen = settings -> { };
    private final CacheView cache;
    private final FunctionsViewModel functionsModel;
    private final ServerViewModel serverModel;
    private final SqlViewModel sqlModel;
    private boolean dark;

    /**
     * @param serverConfig how the embedded REST server listens when started ({@link #startServer()})
     */
    public ConsoleWindow(ConsoleContext context, FxDialogService dialogs, SettingsStore settingsStore,
            ServerConfig serverConfig) {
        this.context = context;
        this.settingsStore = settingsStore;
        this.dark = settingsStore.load().darkTheme();
        setId("console");
        CacheViewModel cacheModel = keep(new CacheViewModel(context));
        ItemViewModel itemModel = keep(new ItemViewModel(context));
        TelemetryViewModel telemetryModel = keep(new TelemetryViewModel(context));
        functionsModel = keep(new FunctionsViewModel(context));
        serverModel = keep(new ServerViewModel(context, serverConfig,
                locked -> settingsStore.save(settingsStore.load().withLockWrites(locked))));
        sqlModel = new SqlViewModel(context, settingsStore.file().getParent());
        boolean configured = !context.cache().storages().isEmpty();
        sources = configured ? new SourcesView(new SourcesViewModel(context)) : null;
        cache = new CacheView(cacheModel, () -> show(Screen.ITEM));
        screens.put(Screen.SOURCES, configured ? sources
                : new WelcomeView(new WelcomeViewModel(context, settingsStore, settings -> reopen.accept(settings))));
        screens.put(Screen.CACHE, cache);
        screens.put(Screen.ITEM, new ItemView(itemModel));
        screens.put(Screen.FUNCTIONS, new FunctionsView(functionsModel,
                new FunctionEditorViewModel(context, functionsModel::select)));
        screens.put(Screen.SERVER, new ServerView(serverModel,
                keep(new TeamView(context.team(), context.uiThread(), "server-team"))));
        screens.put(Screen.TELEMETRY, new TelemetryView(telemetryModel,
                keep(new TeamView(context.team(), context.uiThread(), "telemetry-team"))));
        screens.put(Screen.SQL, new SqlView(sqlModel));
        screens.put(Screen.MEMORY, new MemoryView(keep(new MemoryViewModel(context))));

        // notifications sit in a strip under the screen, which shrinks for them: they never cover a table
        VBox.setVgrow(content, Priority.ALWAYS);
        setCenter(new VBox(content, new NotificationsView(dialogs.shown())));
        setLeft(navigationRail());
        setBottom(new StatusBar(describeSources(), cacheModel, context.tasks()));
        show(Screen.SOURCES);
    }

    /**
     * What to do when the analyst chose new sources on the welcome pane: the application opens the
     * engine on them and replaces this window's content.
     */
    public void setOnReopen(Consumer<AppSettings> reopen) {
        this.reopen = reopen;
    }

    /** Starts the embedded REST server in the background; failures become a notification. */
    public void startServer() {
        serverModel.server().start();
    }

    public void show(Screen screen) {
        Node node = screens.get(screen);
        if (node == null) {
            node = new Label(screen.title() + " is not available in this build.");
        }
        content.getChildren().setAll(node);
        navigation.get(screen).setSelected(true);
    }

    public Screen current() {
        return navigation.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(Screen.SOURCES);
    }

    /** Ctrl+1..8 screens, Ctrl+L load, F5 refresh, Ctrl+Enter run, Ctrl+, settings, Ctrl+T theme. */
    public void installShortcuts(Scene scene) {
        for (Screen screen : Screen.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(screen.key(), KeyCombination.SHORTCUT_DOWN),
                    () -> show(screen));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> {
            show(Screen.SOURCES);
            if (sources != null) {
                sources.loadSelected();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> {
            if (current() == Screen.CACHE) {
                cache.refresh();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
            if (current() == Screen.FUNCTIONS) {
                functionsModel.run();
            } else if (current() == Screen.SQL) {
                sqlModel.run();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                this::openSettings);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
                this::toggleTheme);
    }

    /** Applies the saved theme; call once the scene exists. */
    public void applyTheme() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (getScene() != null) {
            String css = ConsoleWindow.class.getResource("console.css").toExternalForm();
            if (!getScene().getStylesheets().contains(css)) {
                getScene().getStylesheets().add(css);
            }
            getScene().getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
        }
    }

    public void toggleTheme() {
        dark = !dark;
        applyTheme();
        settingsStore.save(settingsStore.load().withDarkTheme(dark));
    }

    public void openSettings() {
        new SettingsDialog(new SettingsViewModel(settingsStore, context), getScene().getWindow()).showAndWait();
    }

    private VBox navigationRail() {
        ToggleGroup group = new ToggleGroup();
        VBox rail = new VBox(4);
        rail.setId("navigation");
        rail.getStyleClass().add("navigation-rail");
        rail.setPadding(new Insets(10, 6, 10, 6));
        Label brand = new Label("Aside");
        brand.getStyleClass().add("brand");
        rail.getChildren().add(brand);
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.name().toLowerCase());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(screen.title() + " (Ctrl+" + screen.key().getName() + ")"));
            button.setOnAction(e -> show(screen));
            navigation.put(screen, button);
            rail.getChildren().add(button);
        }
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Button theme = new Button("Theme");
        theme.setId("nav-theme");
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.setTooltip(new Tooltip("Light or dark (Ctrl+T)"));
        theme.setOnAction(e -> toggleTheme());
        Button settings = new Button("Settings");
        settings.setId("nav-settings");
        settings.setMaxWidth(Double.MAX_VALUE);
        settings.setTooltip(new Tooltip("Sources, cache and server settings (Ctrl+,)"));
        settings.setOnAction(e -> openSettings());
        rail.getChildren().addAll(grow, theme, settings);
        rail.setPrefWidth(120);
        return rail;
    }

    private String describeSources() {
        List<String> described = new ArrayList<>();
        for (String storage : context.cache().storages()) {
            described.add(StorageLabel.of(storage) + ": " + context.cache().systemOfRecord(storage).describe());
        }
        return described.isEmpty() ? "No system of record configured" : String.join(" · ", described);
    }

    private <T extends AutoCloseable> T keep(T model) {
        models.add(model);
        return model;
    }

    @Override
    public void close() {
        for (AutoCloseable model : models) {
            try {
                model.close();
            } catch (Exception ignored) {
                // Closing only unsubscribes from the engine; nothing to report at shutdown.
            }
        }
    }
}
