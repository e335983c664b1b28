package dev.aside.engine;

import dev.aside.engine.sor.s3.S3Settings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where an engine keeps its data and finds its sources. Built from the seed's environment
 * variables, then overridden by command-line options or a settings dialog with the {@code with...}
 * methods.
 *
 * @param cacheRoot the disk tier's folder ({@code LOCAL_DATA_DIR}; default {@code ~/.aside/cache})
 * @param sdRoot the drive SOR's folder ({@code REMOTE_STORAGE}), or null for no drive SOR
 * @param functionsDir where user functions live ({@code LOCAL_FUNCTION_DIR}; default {@code ~/.aside/functions})
 * @param memoryLimitBytes the memory tier's bound, or 0 for the default share of the heap
 * @param environment the variables S3 is configured from ({@code AWS_BUCKET_NAME}, {@code AWS_DATA_DIR},
 *     {@code AWS_REGION}, {@code AWS_ENDPOINT_URL}, credentials through the SDK's default chain)
 */
public record EngineSettings(Path cacheRoot, Path sdRoot, Path functionsDir, long memoryLimitBytes,
        Map<String, String> environment) {

    public static final String CACHE_ROOT_VARIABLE = "LOCAL_DATA_DIR";
    public static final String SD_ROOT_VARIABLE = "REMOTE_STORAGE";
    public static final String FUNCTIONS_VARIABLE = "LOCAL_FUNCTION_DIR";

    public EngineSettings {
        Objects.requireNonNull(cacheRoot, "cacheRoot");
        Objects.requireNonNull(functionsDir, "functionsDir");
        environment = Map.copyOf(environment);
    }

    public static EngineSettings fromEnvironment(Map<String, String> env) {
        Path home = Path.of(System.getProperty("user.home"), ".aside");
        return new EngineSettings(
                pathOr(env, CACHE_ROOT_VARIABLE, home.resolve("cache")),
                pathOr(env, SD_ROOT_VARIABLE, null),
                pathOr(env, FUNCTIONS_VARIABLE, home.resolve("functions")),
                0,
                env);
    }

    public EngineSettings withCacheRoot(Path path) {
        return new EngineSettings(path, sdRoot, functionsDir, memoryLimitBytes, environment);
    }

    public EngineSettings withSdRoot(Path path) {
        return new EngineSettings(cacheRoot, path, functionsDir, memoryLimitBytes, environment);
    }

    public EngineSettings withFunctionsDir(Path path) {
        return new EngineSettings(cacheRoot, sdRoot, path, memoryLimitBytes, environment);
    }

    public EngineSettings withMemoryLimitBytes(long bytes) {
        return new EngineSettings(cacheRoot, sdRoot, functionsDir, bytes, environment);
    }

    public EngineSettings withEnvironment(Map<String, String> env) {
        return new EngineSettings(cacheRoot, sdRoot, functionsDir, memoryLimitBytes, env);
    }

    /** The S3 settings from {@link #environment()}, or null when no bucket is configured. */
    public S3Settings s3() {
        String bucket = environment.get(S3Settings.BUCKET_VARIABLE);
        return bucket == null || bucket.isBlank() ? null : S3Settings.fromEnvironment(environment);
    }

    private static Path pathOr(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
