package dev.aside.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.aside.rest.ServerConfig;
import java.util.function.Consumer;

/**
 * What the analyst set in the settings dialog, persisted between runs. Blank means "not set": the
 * environment or the built-in default applies. The S3 secret key is present only when the analyst
 * asked to remember it ({@code rememberSecret}); it is never logged and {@link #toString()} hides it.
 * A settings file written before a field existed still loads: the missing field is blank (or 0, false).
 *
 * @param s3Bucket the bucket, or blank for no S3
 * @param s3Prefix the folder inside the bucket
 * @param s3Region the region, or blank for the SDK's choice
 * @param s3Profile a profile in {@code ~/.aws}, or blank
 * @param s3AccessKey an explicit access key id, or blank
 * @param s3SecretKey its secret, or blank
 * @param s3Endpoint an S3-compatible server's URL, or blank for AWS
 * @param driveFolder the local or network folder SOR, or blank for the default
 * @param cacheFolder the disk tier's folder, or blank for {@code ~/.aside/cache}
 * @param functionsFolder where user functions live, or blank for {@code LOCAL_FUNCTION_DIR} or {@code ~/.aside/functions}
 * @param memoryLimit the memory tier's bound ({@code 2g}), or blank for half the heap
 * @param port the REST server's port; 0 for the default
 * @param darkTheme true for the dark theme
 * @param rememberSecret whether the secret key is stored at all
 * @param lockWrites whether the REST server requires the token for deletes and reloads on this machine too
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(
        String s3Bucket,
        String s3Prefix,
        String s3Region,
        String s3Profile,
        String s3AccessKey,
        String s3SecretKey,
        String s3Endpoint,
        String driveFolder,
        String cacheFolder,
        String functionsFolder,
        String memoryLimit,
        int port,
        boolean darkTheme,
        boolean rememberSecret,
        boolean lockWrites) {

    public AppSettings {
        s3Bucket = clean(s3Bucket);
        s3Prefix = clean(s3Prefix);
        s3Region = clean(s3Region);
        s3Profile = clean(s3Profile);
        s3AccessKey = clean(s3AccessKey);
        s3SecretKey = clean(s3SecretKey);
        s3Endpoint = clean(s3Endpoint);
        driveFolder = clean(driveFolder);
        cacheFolder = clean(cacheFolder);
        functionsFolder = clean(functionsFolder);
        memoryLimit = clean(memoryLimit);
    }

    public static AppSettings defaults() {
        return new Builder().build();
    }

    public int effectivePort() {
        return port > 0 ? port : ServerConfig.DEFAULT_PORT;
    }

    public AppSettings withDarkTheme(boolean dark) {
        return edit(b -> b.darkTheme = dark);
    }

    public AppSettings withLockWrites(boolean locked) {
        return edit(b -> b.lockWrites = locked);
    }

    /** The same settings with the drive folder as the source (and no S3 bucket). */
    public AppSettings withDriveFolder(String folder) {
        return edit(b -> {
            b.s3Bucket = "";
            b.driveFolder = folder;
        });
    }

    /** The same settings with an S3 bucket as the source; the secret is remembered only when asked. */
    public AppSettings withS3(String bucket, String prefix, String region, String endpoint, String accessKey,
            String secretKey, boolean remember) {
        return edit(b -> {
            b.s3Bucket = bucket;
            b.s3Prefix = prefix;
            b.s3Region = region;
            b.s3Endpoint = endpoint;
            b.s3AccessKey = accessKey;
            b.s3SecretKey = secretKey;
            b.rememberSecret = remember;
        });
    }

    public AppSettings withCacheFolder(String folder) {
        return edit(b -> b.cacheFolder = folder);
    }

    /** These settings as they may be written to disk: the secret only when asked to remember it. */
    AppSettings forStorage() {
        return rememberSecret ? this : edit(b -> b.s3SecretKey = "");
    }

    /** A copy with the fields {@code change} sets; the rest as here. */
    AppSettings edit(Consumer<Builder> change) {
        Builder builder = new Builder(this);
        change.accept(builder);
        return builder.build();
    }

    /**
     * The fields by name, so a change names only what it changes instead of repeating every
     * positional argument; null strings become blank when built.
     */
    static final class Builder {
        String s3Bucket;
        String s3Prefix;
        String s3Region;
        String s3Profile;
        String s3AccessKey;
        String s3SecretKey;
        String s3Endpoint;
        String driveFolder;
        String cacheFolder;
        String functionsFolder;
        String memoryLimit;
        int port;
        boolean darkTheme;
        boolean rememberSecret;
        boolean lockWrites;

        Builder() {}

        private Builder(AppSettings from) {
            s3Bucket = from.s3Bucket;
            s3Prefix = from.s3Prefix;
            s3Region = from.s3Region;
            s3Profile = from.s3Profile;
            s3AccessKey = from.s3AccessKey;
            s3SecretKey = from.s3SecretKey;
            s3Endpoint = from.s3Endpoint;
            driveFolder = from.driveFolder;
            cacheFolder = from.cacheFolder;
            functionsFolder = from.functionsFolder;
            memoryLimit = from.memoryLimit;
            port = from.port;
            darkTheme = from.darkTheme;
            rememberSecret = from.rememberSecret;
            lockWrites = from.lockWrites;
        }

        AppSettings build() {
            return new AppSettings(s3Bucket, s3Prefix, s3Region, s3Profile, s3AccessKey, s3SecretKey, s3Endpoint,
                    driveFolder, cacheFolder, functionsFolder, memoryLimit, port, darkTheme, rememberSecret, lockWrites);
        }
    }

    @Override
    public String toString() {
        return "AppSettings[s3Bucket=" + s3Bucket + ", s3Prefix=" + s3Prefix + ", s3Region=" + s3Region
                + ", s3Profile=" + s3Profile + ", s3AccessKey=" + s3AccessKey + ", s3SecretKey="
                + (s3SecretKey.isEmpty() ? "" : "****") + ", s3Endpoint=" + s3Endpoint + ", driveFolder=" + driveFolder
                + ", cacheFolder=" + cacheFolder + ", functionsFolder=" + functionsFolder + ", memoryLimit=" + memoryLimit + ", port=" + port
                + ", darkTheme=" + darkTheme + ", lockWrites=" + lockWrites + "]";
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
