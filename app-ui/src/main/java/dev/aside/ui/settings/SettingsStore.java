package dev.aside.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.ui.common.PrivateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link AppSettings} in {@code settings.json} in the user's config folder ({@code ~/.aside},
 * or the {@code aside.config.dir} system property), a {@link PrivateFile}: readable by its owner
 * only, since it may hold an S3 secret the analyst asked to remember, and replaced atomically.
 */
public final class SettingsStore {

    public static final String CONFIG_DIR_PROPERTY = "aside.config.dir";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.json");
    }

    /** The store in the configured or default config folder. */
    public static SettingsStore standard() {
        String dir = System.getProperty(CONFIG_DIR_PROPERTY);
        return new SettingsStore(dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".aside"));
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults when there are none or the file cannot be read. */
    public AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppSettings.defaults();
        }
        try {
            return JSON.readValue(file.toFile(), AppSettings.class);
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable settings file {}: {}", file, e.getMessage());
            return AppSettings.defaults();
        }
    }

    public void save(AppSettings settings) {
        try {
            PrivateFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings.forStorage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
