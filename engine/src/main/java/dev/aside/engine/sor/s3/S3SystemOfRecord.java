package dev.aside.engine.sor.s3;

import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.sor.PageSize;
import dev.aside.engine.sor.SorPath;
import dev.aside.engine.sor.SystemOfRecord;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3 bucket (or an S3-compatible server) under a root prefix as a system of record: the seed's
 * {@code storage=s3}. Paths are relative to {@link S3Settings#rootPrefix()} and cleaned by
 * {@link SorPath}, so no request can reach keys outside the prefix.
 *
 * <p>Listings map one to one onto ListObjectsV2: the continuation token is S3's own, keys come back
 * in S3's order, a delimited listing uses {@code /}. Keys ending in {@code /} are folder markers
 * that consoles create; they are not objects and are left out. ETags are S3's without the quotes.
 *
 * <p>Thread-safe: the SDK client is. {@link #close()} releases its connection pool.
 */
public final class S3SystemOfRecord implements SystemOfRecord {

    /** The storage name requests use. */
    public static final String NAME = "s3";

    /** Bounds list and head calls; not set client-wide, where it would also cut long downloads short. */
    private static final AwsRequestOverrideConfiguration METADATA_CALL = AwsRequestOverrideConfiguration.builder()
            .apiCallTimeout(S3ClientFactory.METADATA_CALL_TIMEOUT)
            .build();

    private final S3Settings settings;
    private final S3Client client;
    private final S3ErrorMapper errors;

    /**
     * Connects lazily: building never calls S3, so a wrong setting shows on the first request.
     *
     * @throws dev.aside.engine.InvalidParameterException when no region can be found
     */
    public S3SystemOfRecord(S3Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = S3ClientFactory.create(settings);
        this.errors = new S3ErrorMapper(settings);
    }

    /** Reads the seed's variables from {@code env}; see {@link S3Settings#fromEnvironment}. */
    public static S3SystemOfRecord fromEnvironment(Map<String, String> env) {
        return new S3SystemOfRecord(S3Settings.fromEnvironment(env));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        return settings.describe();
    }

    public S3Settings settings() {
        return settings;
    }

    @Override
    public ObjectPage list(String prefix, boolean delimited, String token, int pageSize) {
        PageSize.require(pageSize);
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(settings.bucket())
                .prefix(settings.rootPrefix() + SorPath.normalizePrefix(prefix))
                .maxKeys(pageSize)
                .continuationToken(token)
                .overrideConfiguration(METADATA_CALL);
        if (delimited) {
            request.delimiter("/");
        }
        ListObjectsV2Response response;
        try {
            response = client.listObjectsV2(request.build());
        } catch (SdkException e) {
            throw errors.map(e, prefix);
        }
        List<ObjectMeta> objects = new ArrayList<>(response.contents().size());
        for (S3Object object : response.contents()) {
            if (!object.key().endsWith("/")) {
                objects.add(new ObjectMeta(relative(object.key()), object.size(), object.lastModified(),
                        unquote(object.eTag())));
            }
        }
        List<String> folders = new ArrayList<>(response.commonPrefixes().size());
        for (CommonPrefix folder : response.commonPrefixes()) {
            folders.add(relative(folder.prefix()));
        }
        String next = Boolean.TRUE.equals(response.isTruncated()) ? response.nextContinuationToken() : null;
        return new ObjectPage(objects, folders, next);
    }

    @Override
    public ObjectMeta stat(String path) {
        String cleanPath = SorPath.normalize(path);
        try {
            HeadObjectResponse head = client.headObject(b -> b.bucket(settings.bucket())
                    .key(settings.rootPrefix() + cleanPath)
                    .overrideConfiguration(METADATA_CALL));
            return new ObjectMeta(cleanPath, head.contentLength(), head.lastModified(), unquote(head.eTag()));
        } catch (SdkException e) {
            throw errors.map(e, cleanPath);
        }
    }

    @Override
    public InputStream open(String path) {
        String cleanPath = SorPath.normalize(path);
        try {
            return client.getObject(b -> b.bucket(settings.bucket()).key(settings.rootPrefix() + cleanPath));
        } catch (SdkException e) {
            throw errors.map(e, cleanPath);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "S3SystemOfRecord[" + settings + "]";
    }

    private String relative(String key) {
        return key.substring(settings.rootPrefix().length());
    }

    private static String unquote(String etag) {
        if (etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
            return etag.substring(1, etag.length() - 1);
        }
        return etag;
    }
}
