package dev.aside.engine;

import dev.aside.engine.function.FunctionLimits;
import dev.aside.engine.sor.s3.S3Settings;
import java.nio.file.Path;
import java.time.Duration;
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
 * @param functionTimeLimit the longest one function call may run ({@code ASIDE_FUNCTION_TIMEOUT},
 *     in seconds; default 60 s)
 * @param functionLimits the workers user functions get, the wait for one, and the cap on abandoned
 *     threads (see {@link FunctionLimits})
 * @param environment the variables S3 is configured from ({@code AWS_BUCKET_NAME}, {@code AWS_DATA_DIR},
 *     {@code AWS_REGION}, {@code AWS_ENDPOINT_URL}, credentials through the SDK's default chain)
 */
public record EngineSettings(Path cacheRoot, Path sdRoot, Path functionsDir, long memoryLimitBytes,
        Duration functionTimeLimit, FunctionLimits functionLimits, Map<String, String> environment) {

    public static final String CACHE_ROOT_VARIABLE = "LOCAL_DATA_DIR";
    public static final String SD_ROOT_VARIABLE = "REMOTE_STORAGE";
    public static final String FUNCTIONS_VARIABLE = "LOCAL_FUNCTION_DIR";
    public static final String FUNCTION_TIMEOUT_VARIABLE = "ASIDE_FUNCTION_TIMEOUT";
    /** Long enough for a heavy query over a large item, short enough that a stuck call is noticed. */
    public static final Duration DEFAULT_FUNCTION_TIME_LIMIT = Duration.ofSeconds(60);

    public EngineSettings {
        Objects.requireNonNull(cacheRoot, "cacheRoot");
        Objects.requireNonNull(functionsDir, "functionsDir");
        if (functionTimeLimit == null || functionTimeLimit.isNegative() || functionTimeLimit.isZero()) {
            throw new InvalidParameterException("The function time limit must be positive, was " + functionTimeLimit + ".");
        }
        Objects.requireNonNull(functionLimits, "functionLimits");
        environment = Map.copyOf(environment);
    }

    public static EngineSettings fromEnvironment(Map<String, String> env) {
        Path home = Path.of(System.getProperty("user.home"), ".aside");
        return new EngineSettings(
                pathOr(env, CACHE_ROOT_VARIABLE, home.resolve("cache")),
                pathOr(env, SD_ROOT_VARIABLE, null),
                pathOr(env, FUNCTIONS_VARIABLE, home.resolve("functions")),
                0,
                secondsOr(env, FUNCTION_TIMEOUT_VARIABLE, DEFAULT_FUNCTION_TIME_LIMIT),
                FunctionLimits.DEFAULT,
                env);
    }

    public EngineSettings withCacheRoot(Path path) {
        return new EngineSettings(path, sdRoot, functionsDir, memoryLimitBytes, functionTimeLimit, functionLimits, environment);
    }

    public EngineSettings withSdRoot(Path path) {
        return new EngineSettings(cacheRoot, path, functionsDir, memoryLimitBytes, functionTimeLimit, functionLimits, environment);
    }

    public EngineSettings withFunctionsDir(Path path) {
        return new EngineSettings(cacheRoot, sdRoot, path, memoryLimitBytes, functionTimeLimit, functionLimits, environment);
    }

    public EngineSettings withMemoryLimitBytes(long bytes) {
        return new EngineSettings(cacheRoot, sdRoot, functionsDir, bytes, functionTimeLimit, functionLimits, environment);
    }

    public EngineSettings withFunctionTimeLimit(Duration limit) {
        return new EngineSettings(cacheRoot, sdRoot, functionsDir, memoryLimitBytes, limit, functionLimits, environment);
    }

    public EngineSettings withFunctionLimits(FunctionLimits limits) {
        return new EngineSettings(cacheRoot, sdRoot, functionsDir, memoryLimitBytes, functionTimeLimit, limits, environment);
    }

    public EngineSettings withEnvironment(Map<String, String> env) {
        return new EngineSettings(cacheRoot, sdRoot, functionsDir, memoryLimitBytes, functionTimeLimit, functionLimits, env);
    }

    /** The S3 settings from {@link #environment()}, or null when no bucket is configured. */
    public S3Settings s3() {
        String bucket = environment.get(S3Settings.BUCKET_VARIABLE);
        return bucket == null || bucket.isBlank() ? null : S3Settings.fromEnvironment(environment);
    }

    private static Duration secondsOr(Map<String, String> env, String name, Duration fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.trim()) * 1000));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + "='" + value + "' is not a number of seconds.");
        }
    }

    private static Path pathOr(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
