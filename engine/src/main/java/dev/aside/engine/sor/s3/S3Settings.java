package dev.aside.engine.sor.s3;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.sor.SorPath;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Where an {@link S3SystemOfRecord} reads from and how it signs in. Built from the seed's
 * environment variables by {@link #fromEnvironment}, or by a settings dialog.
 *
 * <p>Credentials: explicit keys win; else a named profile; else the SDK's default chain (the
 * process environment, {@code ~/.aws} profiles, container and instance roles). {@link #toString()}
 * never shows the secret key or session token, so settings can be logged.
 *
 * @param bucket the bucket name ({@code AWS_BUCKET_NAME}); required
 * @param rootPrefix the folder inside the bucket that paths are relative to ({@code AWS_DATA_DIR}):
 *     empty for the bucket's top, else cleaned and ending in {@code /}
 * @param region the region ({@code AWS_REGION}); null lets the SDK find one, or {@code us-east-1}
 *     when an endpoint is given
 * @param endpoint an S3-compatible endpoint ({@code AWS_ENDPOINT_URL}), used with path-style
 *     addressing; null for AWS itself
 * @param profile a profile in {@code ~/.aws} ({@code AWS_PROFILE}), or null
 * @param accessKeyId an explicit access key, or null to use the profile or default chain
 * @param secretAccessKey the secret for {@code accessKeyId}, or null
 * @param sessionToken a session token for temporary keys, or null
 */
public record S3Settings(
        String bucket,
        String rootPrefix,
        String region,
        URI endpoint,
        String profile,
        String accessKeyId,
        String secretAccessKey,
        String sessionToken) {

    public static final String BUCKET_VARIABLE = "AWS_BUCKET_NAME";
    public static final String DATA_DIR_VARIABLE = "AWS_DATA_DIR";
    public static final String REGION_VARIABLE = "AWS_REGION";
    public static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";
    public static final String PROFILE_VARIABLE = "AWS_PROFILE";
    public static final String ACCESS_KEY_VARIABLE = "AWS_ACCESS_KEY_ID";
    public static final String SECRET_KEY_VARIABLE = "AWS_SECRET_ACCESS_KEY";
    public static final String SESSION_TOKEN_VARIABLE = "AWS_SESSION_TOKEN";

    public S3Settings {
        bucket = blankToNull(bucket);
        if (bucket == null) {
            throw new InvalidParameterException("No S3 bucket is set. Set " + BUCKET_VARIABLE
                    + " to the bucket that holds the data.");
        }
        rootPrefix = cleanRootPrefix(rootPrefix);
        region = blankToNull(region);
        profile = blankToNull(profile);
        accessKeyId = blankToNull(accessKeyId);
        secretAccessKey = blankToNull(secretAccessKey);
        sessionToken = blankToNull(sessionToken);
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new InvalidParameterException("Only one of the access key id and the secret access key"
                    + " is set. Set both (" + ACCESS_KEY_VARIABLE + ", " + SECRET_KEY_VARIABLE
                    + ") or neither to use the profile or the default credential chain.");
        }
        if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
            throw new InvalidParameterException("The S3 endpoint '" + endpoint + "' is not a URL. Set "
                    + ENDPOINT_VARIABLE + " to e.g. http://127.0.0.1:9000.");
        }
    }

    /** Settings for {@code bucket} under {@code rootPrefix}, with the default region and credentials. */
    public static S3Settings of(String bucket, String rootPrefix) {
        return new S3Settings(bucket, rootPrefix, null, null, null, null, null, null);
    }

    /**
     * Reads the seed's variables from {@code env} (usually {@code System.getenv()}). Keys in
     * {@code env} become explicit credentials, so a map that is not the process environment
     * still signs in with them.
     */
    public static S3Settings fromEnvironment(Map<String, String> env) {
        return new S3Settings(
                env.get(BUCKET_VARIABLE),
                env.get(DATA_DIR_VARIABLE),
                env.get(REGION_VARIABLE),
                parseEndpoint(env.get(ENDPOINT_VARIABLE)),
                env.get(PROFILE_VARIABLE),
                env.get(ACCESS_KEY_VARIABLE),
                env.get(SECRET_KEY_VARIABLE),
                env.get(SESSION_TOKEN_VARIABLE));
    }

    public S3Settings withEndpoint(URI newEndpoint) {
        return new S3Settings(bucket, rootPrefix, region, newEndpoint, profile, accessKeyId, secretAccessKey,
                sessionToken);
    }

    public S3Settings withProfile(String newProfile) {
        return new S3Settings(bucket, rootPrefix, region, endpoint, newProfile, accessKeyId, secretAccessKey,
                sessionToken);
    }

    /** The same settings signing in with these keys instead of a profile or the default chain. */
    public S3Settings withStaticCredentials(String newAccessKeyId, String newSecretAccessKey) {
        return new S3Settings(bucket, rootPrefix, region, endpoint, profile, newAccessKeyId, newSecretAccessKey,
                null);
    }

    public boolean hasStaticCredentials() {
        return accessKeyId != null;
    }

    /** {@code s3://bucket/prefix}, and the endpoint when it is not AWS. */
    public String describe() {
        String location = "s3://" + bucket + "/" + rootPrefix;
        return endpoint == null ? location : location + " at " + endpoint;
    }

    /** Shows which credentials are used, never the secret or the token. */
    @Override
    public String toString() {
        String credentials = accessKeyId != null ? "access key " + accessKeyId
                : profile != null ? "profile " + profile : "default credential chain";
        return "S3Settings[" + describe() + ", region " + (region == null ? "(default)" : region) + ", "
                + credentials + "]";
    }

    private static URI parseEndpoint(String value) {
        String endpoint = blankToNull(value);
        if (endpoint == null) {
            return null;
        }
        try {
            return new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new InvalidParameterException("The S3 endpoint '" + endpoint + "' is not a URL. Set "
                    + ENDPOINT_VARIABLE + " to e.g. http://127.0.0.1:9000.", e);
        }
    }

    /** "/data", "data" and "./data/" all mean the folder {@code data/} inside the bucket. */
    private static String cleanRootPrefix(String value) {
        String prefix = blankToNull(value);
        if (prefix == null) {
            return "";
        }
        int start = 0;
        while (start < prefix.length() && prefix.charAt(start) == '/') {
            start++;
        }
        String clean = SorPath.normalizePrefix(prefix.substring(start).strip());
        return clean.isEmpty() || clean.endsWith("/") ? clean : clean + "/";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
