package dev.aside.ui.settings;

import dev.aside.engine.ByteSize;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ItemKey;
import dev.aside.rest.ServerConfig;
import dev.aside.ui.common.ConsoleContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog: fields as editable properties, validation as one message, and saving. The
 * memory limit applies at once; sources, cache and functions folders and port apply at the next
 * start, since they decide what the engine and server open.
 *
 * <p>The S3 secret never comes back from the store into a field: the field starts empty, and leaving
 * it empty keeps the saved secret.
 */
public final class SettingsViewModel {

    private final SettingsStore store;
    private final ConsoleContext context;
    private final AppSettings saved;
    private final StringProperty s3Bucket = new SimpleStringProperty();
    private final StringProperty s3Prefix = new SimpleStringProperty();
    private final StringProperty s3Region = new SimpleStringProperty();
    private final StringProperty s3Profile = new SimpleStringProperty();
    private final StringProperty s3AccessKey = new SimpleStringProperty();
    private final StringProperty s3SecretKey = new SimpleStringProperty("");
    private final StringProperty s3Endpoint = new SimpleStringProperty();
    private final StringProperty driveFolder = new SimpleStringProperty();
    private final StringProperty cacheFolder = new SimpleStringProperty();
    private final StringProperty functionsFolder = new SimpleStringProperty();
    private final StringProperty memoryLimit = new SimpleStringProperty();
    private final StringProperty port = new SimpleStringProperty();
    private final BooleanProperty rememberSecret = new SimpleBooleanProperty();
    private final StringBinding problems;
    private final OpenedFolder openedDrive;
    private final OpenedFolder openedCache;
    private final OpenedFolder openedFunctions;

    public SettingsViewModel(SettingsStore store, ConsoleContext context) {
        this.store = store;
        this.context = context;
        this.saved = store.load();
        s3Bucket.set(saved.s3Bucket());
        s3Prefix.set(saved.s3Prefix());
        s3Region.set(saved.s3Region());
        s3Profile.set(saved.s3Profile());
        s3AccessKey.set(saved.s3AccessKey());
        s3Endpoint.set(saved.s3Endpoint());
        // Fields show the values in force, saved or not, so the dialog never shows an empty field beside a hint.
        var engine = context.engine().settings();
        openedDrive = OpenedFolder.of(saved.driveFolder(), engine.sdRoot());
        openedCache = OpenedFolder.of(saved.cacheFolder(), engine.cacheRoot());
        openedFunctions = OpenedFolder.of(saved.functionsFolder(), engine.functionsDir());
        driveFolder.set(openedDrive.shown());
        cacheFolder.set(openedCache.shown());
        functionsFolder.set(openedFunctions.shown());
        memoryLimit.set(ByteSize.format(context.cache().policy().memoryLimitBytes()));
        port.set(saved.port() > 0 ? String.valueOf(saved.port()) : "");
        rememberSecret.set(saved.rememberSecret());
        problems = Bindings.createStringBinding(this::validate, s3Bucket, s3Endpoint, s3AccessKey, s3SecretKey,
                driveFolder, functionsFolder, memoryLimit, port);
    }

    public StringProperty s3BucketProperty() { return s3Bucket; }
    public StringProperty s3PrefixProperty() { return s3Prefix; }
    public StringProperty s3RegionProperty() { return s3Region; }
    public StringProperty s3ProfileProperty() { return s3Profile; }
    public StringProperty s3AccessKeyProperty() { return s3AccessKey; }
    public StringProperty s3SecretKeyProperty() { return s3SecretKey; }
    public StringProperty s3EndpointProperty() { return s3Endpoint; }
    public StringProperty driveFolderProperty() { return driveFolder; }
    public StringProperty cacheFolderProperty() { return cacheFolder; }
    public StringProperty functionsFolderProperty() { return functionsFolder; }
    public StringProperty memoryLimitProperty() { return memoryLimit; }
    public StringProperty portProperty() { return port; }
    public BooleanProperty rememberSecretProperty() { return rememberSecret; }

    /** What applies where a field is left empty, for the dialog's placeholders, by field name. */
    public String effective(String field) {
        return switch (field) {
            case "driveFolder" -> "none";
            case "cacheFolder" -> "~/.aside/cache";
            case "functionsFolder" -> "~/.aside/functions";
            case "memoryLimit" -> "e.g. 2g; empty: half the heap";
            case "port" -> "default " + ServerConfig.DEFAULT_PORT;
            case "s3Region" -> "the SDK's default, e.g. eu-west-1";
            case "s3Endpoint" -> "AWS; or e.g. http://127.0.0.1:9000 for MinIO";
            case "s3Profile" -> "default credentials chain";
            default -> "";
        };
    }

    /** True when a secret is saved, so the dialog can say that an empty field keeps it. */
    public boolean hasSavedSecret() {
        return !saved.s3SecretKey().isEmpty();
    }

    /** What is wrong with the fields, one problem per line; empty when they can be saved. */
    public StringBinding problemsProperty() {
        return problems;
    }

    private String validate() {
        List<String> found = new ArrayList<>();
        if (!blank(memoryLimit)) {
            try {
                ByteSize.parse(memoryLimit.get());
            } catch (InvalidParameterException e) {
                found.add("Memory limit: " + e.getMessage());
            }
        }
        if (!blank(port)) {
            try {
                int p = Integer.parseInt(port.get().strip());
                if (p < 1 || p > 65535) {
                    found.add("Port must be between 1 and 65535.");
                }
            } catch (NumberFormatException e) {
                found.add("Port must be a number, e.g. 8080.");
            }
        }
        if (!blank(s3Endpoint)) {
            try {
                URI uri = new URI(s3Endpoint.get().strip());
                if (uri.getScheme() == null || uri.getHost() == null) {
                    found.add("S3 endpoint must be a URL, e.g. http://127.0.0.1:9000.");
                }
            } catch (URISyntaxException e) {
                found.add("S3 endpoint must be a URL, e.g. http://127.0.0.1:9000.");
            }
        }
        boolean secretGiven = !blank(s3SecretKey) || hasSavedSecret();
        if (!blank(s3AccessKey) && !secretGiven) {
            found.add("An access key needs its secret key.");
        }
        // Folders are checked only when changed: the one in use is the analyst's to fix, not a reason to refuse other changes.
        if (!blank(driveFolder) && openedDrive.changed(driveFolder.get())
                && !Files.isDirectory(Path.of(driveFolder.get().strip()))) {
            found.add("Drive folder " + driveFolder.get().strip() + " does not exist.");
        }
        if (!blank(functionsFolder) && openedFunctions.changed(functionsFolder.get())
                && !FolderCheck.existsOrCanBeMade(Path.of(functionsFolder.get().strip()))) {
            found.add("Functions folder " + functionsFolder.get().strip() + " is not a folder and cannot be made: "
                    + "choose a folder you can write to.");
        }
        return String.join("\n", found);
    }

    /** Saves the settings and applies what can change while running; false when they are invalid. */
    public boolean save() {
        if (!problems.get().isEmpty()) {
            return false;
        }
        String secret = blank(s3SecretKey) ? saved.s3SecretKey() : s3SecretKey.get();
        AppSettings next = saved.edit(b -> {
            b.s3Bucket = s3Bucket.get();
            b.s3Prefix = s3Prefix.get();
            b.s3Region = s3Region.get();
            b.s3Profile = s3Profile.get();
            b.s3AccessKey = s3AccessKey.get();
            b.s3SecretKey = secret;
            b.s3Endpoint = s3Endpoint.get();
            b.rememberSecret = rememberSecret.get();
            b.driveFolder = openedDrive.toSave(driveFolder.get());
            b.cacheFolder = openedCache.toSave(cacheFolder.get());
            b.functionsFolder = openedFunctions.toSave(functionsFolder.get());
            b.memoryLimit = memoryLimit.get();
            b.port = blank(port) ? 0 : Integer.parseInt(port.get().strip());
        });
        store.save(next);
        String evictedNote = "";
        if (!next.memoryLimit().isEmpty()) {
            List<ItemKey> evicted = context.cache().policy().setMemoryLimitBytes(ByteSize.parse(next.memoryLimit()));
            evictedNote = evicted.isEmpty() ? " Everything in memory fits the new limit."
                    : " To fit it, " + evicted.size() + (evicted.size() == 1 ? " item was" : " items were")
                    + " evicted from memory (still on disk): " + evicted.stream().map(ItemKey::toString).collect(Collectors.joining(", ")) + ".";
        }
        context.dialogs().info("Settings saved. The memory limit applies now; sources, folders and port "
                + "at the next start." + evictedNote);
        return true;
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    /**
     * A folder field as the dialog opened: the saved folder, else the one in force (from the
     * environment, the command line or a default), so the field is never empty beside a hint.
     */
    private record OpenedFolder(String saved, String shown) {

        static OpenedFolder of(String saved, Path inForce) {
            return new OpenedFolder(saved, saved.isEmpty() && inForce != null ? inForce.toString() : saved);
        }

        boolean changed(String field) {
            return !field.strip().equals(shown);
        }

        /**
         * A folder left as shown and not saved before stays unsaved: saving other settings must not
         * pin what the environment or the command line chose, which keep their say at the next start.
         */
        String toSave(String field) {
            return saved.isEmpty() && !changed(field) ? "" : field;
        }
    }
}
