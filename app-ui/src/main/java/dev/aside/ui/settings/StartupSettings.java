package dev.aside.ui.settings;

import dev.aside.engine.ByteSize;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.sor.s3.S3Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what the engine opens on, from lowest to highest precedence: the environment (the seed's
 * variables), the saved settings, the command line. When no folder SOR is named anywhere, the
 * bundled samples serve as one ({@code ./samples/data} when run from the repository, else the
 * folder in the {@code aside.samples} system property the installer sets), so a first start on an
 * empty machine has something on every screen.
 */
public final class StartupSettings {

    public static final String SAMPLES_PROPERTY = "aside.samples";
    /** Where the samples are when started from the repository's root or from the module's folder. */
    static final List<Path> REPOSITORY_SAMPLES = List.of(Path.of("samples", "data"), Path.of("..", "samples", "data"));

    private StartupSettings() {}

    /**
     * @param env the process environment
     * @param saved the settings dialog's values
     * @param options command-line values by option name ({@code sd-root}, {@code data-dir}, ...)
     */
    public static EngineSettings resolve(Map<String, String> env, AppSettings saved, Map<String, String> options) {
        Map<String, String> environment = new HashMap<>(env);
        if (!saved.s3Bucket().isEmpty()) {
            environment.put(S3Settings.BUCKET_VARIABLE, saved.s3Bucket());
            putIfSet(environment, S3Settings.DATA_DIR_VARIABLE, saved.s3Prefix());
            putIfSet(environment, S3Settings.REGION_VARIABLE, saved.s3Region());
            putIfSet(environment, S3Settings.ENDPOINT_VARIABLE, saved.s3Endpoint());
            putIfSet(environment, S3Settings.PROFILE_VARIABLE, saved.s3Profile());
            if (!saved.s3AccessKey().isEmpty() && !saved.s3SecretKey().isEmpty()) {
                environment.put(S3Settings.ACCESS_KEY_VARIABLE, saved.s3AccessKey());
                environment.put(S3Settings.SECRET_KEY_VARIABLE, saved.s3SecretKey());
            }
        }
        EngineSettings settings = EngineSettings.fromEnvironment(environment);
        if (!saved.cacheFolder().isEmpty()) {
            settings = settings.withCacheRoot(Path.of(saved.cacheFolder()));
        }
        if (!saved.driveFolder().isEmpty()) {
            settings = settings.withSdRoot(Path.of(saved.driveFolder()));
        }
        if (!saved.functionsFolder().isEmpty()) {
            settings = settings.withFunctionsDir(Path.of(saved.functionsFolder()));
        }
        if (!saved.memoryLimit().isEmpty()) {
            settings = settings.withMemoryLimitBytes(ByteSize.parse(saved.memoryLimit()));
        }
        if (options.containsKey("data-dir")) {
            settings = settings.withCacheRoot(Path.of(options.get("data-dir")));
        }
        if (options.containsKey("sd-root")) {
            settings = settings.withSdRoot(Path.of(options.get("sd-root")));
        }
        if (options.containsKey("functions-dir")) {
            settings = settings.withFunctionsDir(Path.of(options.get("functions-dir")));
        }
        if (options.containsKey("memory-limit")) {
            settings = settings.withMemoryLimitBytes(ByteSize.parse(options.get("memory-limit")));
        }
        if (settings.sdRoot() == null) {
            Path samples = bundledSamples();
            if (samples != null) {
                settings = settings.withSdRoot(samples);
            }
        }
        return settings;
    }

    /**
     * The samples folder to fall back on, or null when there is none. An installed launcher names its
     * own samples; that wins over a {@code samples/data} that happens to sit in the working folder.
     */
    public static Path bundledSamples() {
        String installed = System.getProperty(SAMPLES_PROPERTY);
        if (installed != null && !installed.isBlank() && Files.isDirectory(Path.of(installed))) {
            return Path.of(installed);
        }
        for (Path candidate : REPOSITORY_SAMPLES) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    private static void putIfSet(Map<String, String> env, String name, String value) {
        if (!value.isEmpty()) {
            env.put(name, value);
        }
    }
}
