package dev.aside.engine.sor.s3;

import dev.aside.engine.AsideException;
import dev.aside.engine.ObjectNotFoundException;
import dev.aside.engine.SorAccessDeniedException;
import dev.aside.engine.SorUnavailableException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns SDK failures into the engine's exceptions, with messages that name the bucket and endpoint
 * and say which setting to check. Never copies the SDK's message verbatim into ours: it is kept as
 * the cause for logs, while ours stays free of request ids and signatures.
 */
final class S3ErrorMapper {

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "InvalidAccessKeyId",
            "SignatureDoesNotMatch", "ExpiredToken", "InvalidToken", "TokenRefreshRequired",
            "AllAccessDisabled", "AccountProblem");
    private static final Set<String> WRONG_REGION = Set.of("PermanentRedirect", "AuthorizationHeaderMalformed",
            "IllegalLocationConstraintException");

    private final S3Settings settings;

    S3ErrorMapper(S3Settings settings) {
        this.settings = settings;
    }

    /** Maps a failure of an operation on {@code path} ({@code null} for a listing). */
    AsideException map(SdkException e, String path) {
        if (e instanceof AwsServiceException service) {
            return mapService(service, path);
        }
        if (isMissingCredentials(e)) {
            return new SorAccessDeniedException("No AWS credentials were found for " + where() + ". Set "
                    + S3Settings.ACCESS_KEY_VARIABLE + " and " + S3Settings.SECRET_KEY_VARIABLE + ", or "
                    + S3Settings.PROFILE_VARIABLE + " to a profile in ~/.aws.", e);
        }
        return new SorUnavailableException("S3 at " + where() + " cannot be reached (" + reason(e) + ")."
                + " Check " + S3Settings.ENDPOINT_VARIABLE + ", " + S3Settings.REGION_VARIABLE
                + " and the network, then try again.", e);
    }

    private AsideException mapService(AwsServiceException e, String path) {
        // HEAD responses have no body, so no error code: "" then, since Set.of rejects null lookups.
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? "" : e.awsErrorDetails().errorCode();
        int status = e.statusCode();
        if ("NoSuchBucket".equals(code)) {
            return new SorUnavailableException("The bucket '" + settings.bucket() + "' does not exist at "
                    + endpointName() + ". Check " + S3Settings.BUCKET_VARIABLE + " and "
                    + S3Settings.REGION_VARIABLE + ".", e);
        }
        if (WRONG_REGION.contains(code) || status == 301) {
            return new SorUnavailableException("The bucket '" + settings.bucket() + "' is in another region"
                    + " than " + (settings.region() == null ? "the default" : settings.region()) + ". Set "
                    + S3Settings.REGION_VARIABLE + " to the bucket's region.", e);
        }
        if (status == 403 || ACCESS_DENIED.contains(code)) {
            return new SorAccessDeniedException("S3 refused access to " + where() + " (" + statusText(status, code)
                    + "). Check " + S3Settings.ACCESS_KEY_VARIABLE + " / " + S3Settings.SECRET_KEY_VARIABLE
                    + ", the profile, and the bucket policy.", e);
        }
        if (status == 404 || "NoSuchKey".equals(code)) {
            return new ObjectNotFoundException("No object '" + path + "' in " + settings.describe()
                    + ". Check the path and its case, or list the folder to see what is there.", e);
        }
        return new SorUnavailableException("S3 at " + where() + " failed (" + statusText(status, code)
                + "). Try again later; if it persists, check the endpoint and bucket settings.", e);
    }

    /** The default chain reports "no credentials anywhere" as a plain client exception. */
    private static boolean isMissingCredentials(SdkException e) {
        String message = e.getMessage();
        return message != null && message.startsWith("Unable to load credentials");
    }

    private String where() {
        return "bucket '" + settings.bucket() + "' at " + endpointName();
    }

    private String endpointName() {
        if (settings.endpoint() != null) {
            return settings.endpoint().toString();
        }
        return settings.region() == null ? "AWS" : "AWS " + settings.region();
    }

    private static String statusText(int status, String code) {
        return code.isEmpty() ? "HTTP " + status : "HTTP " + status + " " + code;
    }

    /** The innermost cause's type, e.g. ConnectException or UnknownHostException. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
