package dev.aside.engine.sor.s3;

import dev.aside.engine.InvalidParameterException;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the SDK client for {@link S3Settings}, tuned so that a wrong or unreachable endpoint fails
 * within seconds instead of the SDK's defaults (no call timeout, three attempts with backoff).
 */
final class S3ClientFactory {

    /** A reachable S3 endpoint accepts a connection in milliseconds; waiting longer only delays the error. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Silence between two packets of a download; generous, since a slow link is not a dead one. */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    /** A whole list or head call, retries included; bodies of open() streams are not bound by it. */
    static final Duration METADATA_CALL_TIMEOUT = Duration.ofSeconds(10);
    /** One retry rides out a dropped connection; more only multiply the wait on a dead endpoint. */
    static final int MAX_ATTEMPTS = 2;
    /** Region used with an S3-compatible endpoint when none is set; such servers accept any. */
    static final Region ENDPOINT_DEFAULT_REGION = Region.US_EAST_1;

    private S3ClientFactory() {}

    static S3Client create(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .overrideConfiguration(o -> o.retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build()))
                .credentialsProvider(credentials(settings));
        if (settings.endpoint() != null) {
            // S3-compatible servers vary in support for the SDK's newer flexible checksums (S3Proxy
            // answers 501 to x-amz-checksum-mode); we only read, so ask for them only when required.
            builder.endpointOverride(settings.endpoint())
                    .forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        if (settings.region() != null) {
            builder.region(Region.of(settings.region()));
        } else if (settings.endpoint() != null) {
            builder.region(ENDPOINT_DEFAULT_REGION);
        }
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new InvalidParameterException("No AWS region is set for " + settings.describe() + ". Set "
                    + S3Settings.REGION_VARIABLE + ", e.g. eu-west-1.", e);
        }
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        if (settings.hasStaticCredentials()) {
            return StaticCredentialsProvider.create(settings.sessionToken() == null
                    ? AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())
                    : AwsSessionCredentials.create(settings.accessKeyId(), settings.secretAccessKey(),
                            settings.sessionToken()));
        }
        if (settings.profile() != null) {
            return ProfileCredentialsProvider.create(settings.profile());
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
