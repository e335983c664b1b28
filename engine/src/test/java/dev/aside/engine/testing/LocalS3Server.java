package dev.aside.engine.testing;

import dev.aside.engine.sor.s3.S3Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server on 127.0.0.1 for tests: S3Proxy over a folder, with one bucket and
 * fixed test credentials. Starts in about a second (the first in a JVM; later ones faster).
 *
 * <p>The folder layout is S3Proxy's filesystem backend: {@code baseDir/bucket/key}, with the key's
 * slashes as sub-folders. {@link #writeDirectly} uses that to create thousands of fixture objects
 * without an HTTP request each; {@link #putObject} goes through S3 like a real client.
 *
 * <p>Use one server per test class: {@code @RegisterExtension static LocalS3ServerExtension s3 = ...}
 * or {@code @ExtendWith(LocalS3ServerExtension.class)} with a {@code LocalS3Server} parameter, or
 * start and close it in {@code @BeforeAll}/{@code @AfterAll}. Not thread-safe to start or close;
 * requests may come from any thread.
 */
public final class LocalS3Server implements AutoCloseable {

    public static final String DEFAULT_BUCKET = "aside-test";
    public static final String ACCESS_KEY = "local-test-access-key";
    public static final String SECRET_KEY = "local-test-secret-key";
    public static final String REGION = "us-east-1";

    /** Where jclouds' filesystem backend keeps an object's MD5, which S3Proxy serves as its ETag. */
    private static final String MD5_ATTRIBUTE = "user.content-md5";

    private final Path baseDir;
    private final boolean ownsBaseDir;
    private final String bucket;
    private final S3ProxyLauncher proxy;
    private final URI endpoint;
    private S3Client client;
    private boolean stopped;

    private LocalS3Server(Path baseDir, boolean ownsBaseDir, String bucket) {
        this.baseDir = baseDir;
        this.ownsBaseDir = ownsBaseDir;
        this.bucket = bucket;
        this.proxy = S3ProxyLauncher.start(baseDir, bucket, ACCESS_KEY, SECRET_KEY);
        this.endpoint = URI.create("http://127.0.0.1:" + proxy.port());
    }

    /** Starts a server over a new temporary folder, deleted again on {@link #close()}. */
    public static LocalS3Server start() {
        try {
            return new LocalS3Server(Files.createTempDirectory("local-s3-"), true, DEFAULT_BUCKET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server over {@code baseDir}, which the caller owns, creating {@code bucket} there;
     * the name must be a valid S3 bucket name (3 to 63 lower-case letters, digits, dots, hyphens).
     */
    public static LocalS3Server start(Path baseDir, String bucket) {
        return new LocalS3Server(baseDir, false, bucket);
    }

    public URI endpoint() {
        return endpoint;
    }

    public String bucket() {
        return bucket;
    }

    public String accessKey() {
        return ACCESS_KEY;
    }

    public String secretKey() {
        return SECRET_KEY;
    }

    /** The folder that holds the bucket's objects, one file per key. */
    public Path bucketDir() {
        return baseDir.resolve(bucket);
    }

    /** Settings for an {@code S3SystemOfRecord} reading this server's bucket under {@code rootPrefix}. */
    public S3Settings settings(String rootPrefix) {
        return new S3Settings(bucket, rootPrefix, REGION, endpoint, null, ACCESS_KEY, SECRET_KEY, null);
    }

    /** A client signed in to this server; closed with the server. */
    public synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder()
                    .endpointOverride(endpoint)
                    .forcePathStyle(true)
                    .region(Region.of(REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                    // S3Proxy does not read the SDK's default trailing CRC32 on uploads.
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .build();
        }
        return client;
    }

    /** Uploads through S3, as a real client would. */
    public void putObject(String key, byte[] bytes) {
        client().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    }

    /** Uploads a file through S3, as a real client would. */
    public void putObject(String key, Path file) {
        client().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
    }

    /**
     * Writes an object straight into the backend's folder: fast fixtures, served like a PUT. The
     * backend keeps the ETag (the MD5) in an extended attribute; where the file system has none,
     * such objects, like PUT ones, come back without an ETag.
     */
    public void writeDirectly(String key, byte[] bytes) {
        Path file = bucketDir().resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            UserDefinedFileAttributeView attributes =
                    Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
            if (attributes != null) {
                attributes.write(MD5_ATTRIBUTE, ByteBuffer.wrap(MessageDigest.getInstance("MD5").digest(bytes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
    }

    /** Stops serving; later requests to {@link #endpoint()} are refused. Idempotent with close. */
    public synchronized void stop() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (!stopped) {
            stopped = true;
            proxy.stop();
        }
    }

    @Override
    public void close() {
        stop();
        if (ownsBaseDir) {
            TestFiles.deleteTree(baseDir);
        }
    }

    @Override
    public String toString() {
        return "LocalS3Server[" + endpoint + ", bucket " + bucket + "]";
    }
}
