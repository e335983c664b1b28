package dev.aside.ui.settings;

import dev.aside.engine.EngineSettings;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.sor.s3.S3SystemOfRecord;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first start with no source configured: the analyst picks a drive folder, an S3 bucket (tested
 * before it is saved, if they like) or the bundled sample data. A choice is saved to the settings and
 * handed to {@code reopen}, which opens the engine on it.
 */
public final class WelcomeViewModel {

    private final ConsoleContext context;
    private final SettingsStore store;
    private final Consumer<AppSettings> reopen;
    private final StringProperty bucket = new SimpleStringProperty("");
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final StringProperty accessKey = new SimpleStringProperty("");
    private final StringProperty secretKey = new SimpleStringProperty("");
    private final BooleanProperty rememberSecret = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "");

    /** @param reopen opens the engine on the saved choice (the application restarts its window) */
    public WelcomeViewModel(ConsoleContext context, SettingsStore store, Consumer<AppSettings> reopen) {
        this.context = context;
        this.store = store;
        this.reopen = reopen;
    }

    public StringProperty bucketProperty() { return bucket; }
    public StringProperty prefixProperty() { return prefix; }
    public StringProperty regionProperty() { return region; }
    public StringProperty endpointProperty() { return endpoint; }
    public StringProperty accessKeyProperty() { return accessKey; }
    public StringProperty secretKeyProperty() { return secretKey; }
    public BooleanProperty rememberSecretProperty() { return rememberSecret; }

    /** What Test connection found, e.g. "Connected: 12 objects and 3 folders at the top". */
    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public void chooseDriveFolder() {
        context.dialogs().askFolder("Choose the folder that holds your data").ifPresent(this::useDriveFolder);
    }

    void useDriveFolder(Path folder) {
        choose(store.load().withDriveFolder(folder.toAbsolutePath().toString()));
    }

    /** Copies the samples out of the application next to the settings, then uses them as the drive folder. */
    public void useSamples() {
        Path target = store.file().getParent().resolve("samples");
        context.tasks().execute(BackgroundTask.of("Copy the sample data", () -> BundledSamples.extractData(target))
                .onSuccess(this::useDriveFolder)
                .onFailure(error -> context.dialogs().error("Could not copy the sample data", error)));
    }

    /** Lists the bucket's top level once with the fields as typed; saves nothing. */
    public void testConnection() {
        AppSettings candidate = s3Choice();
        connection.set("Connecting to " + candidate.s3Bucket() + "…");
        context.tasks().execute(BackgroundTask.of("Test the S3 connection", () -> {
                    EngineSettings settings = StartupSettings.resolve(Map.of(), candidate, Map.of());
                    try (S3SystemOfRecord s3 = new S3SystemOfRecord(settings.s3())) {
                        return s3.list("", true, null, 1000);
                    }
                })
                .onSuccess(page -> connection.set(describe(page)))
                .onFailure(error -> connection.set("Could not connect: " + error.getMessage())));
    }

    public void connectS3() {
        choose(s3Choice());
    }

    private AppSettings s3Choice() {
        return store.load().withS3(bucket.get().strip(), prefix.get().strip(), region.get().strip(),
                endpoint.get().strip(), accessKey.get().strip(), secretKey.get(), rememberSecret.get());
    }

    private static String describe(ObjectPage page) {
        return "Connected: " + page.objects().size() + (page.nextToken() != null ? "+" : "") + " objects and "
                + page.folders().size() + " folders at the top";
    }

    private void choose(AppSettings settings) {
        store.save(settings);
        reopen.accept(settings);
    }
}
