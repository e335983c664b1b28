package dev.aside.engine.sor.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.InvalidPathException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3SettingsTest {

    @Test
    void fromEnvironment_allVariables_parsed() {
        S3Settings settings = S3Settings.fromEnvironment(Map.of(
                "AWS_BUCKET_NAME", "sales-bucket",
                "AWS_DATA_DIR", "exports/2025",
                "AWS_REGION", "eu-west-1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:9000",
                "AWS_PROFILE", "analytics",
                "AWS_ACCESS_KEY_ID", "AKIAEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "very-secret",
                "AWS_SESSION_TOKEN", "token-secret"));
        assertEquals(new S3Settings("sales-bucket", "exports/2025/", "eu-west-1", URI.create("http://127.0.0.1:9000"),
                "analytics", "AKIAEXAMPLE", "very-secret", "token-secret"), settings);
        assertTrue(settings.hasStaticCredentials());
    }

    @Test
    void fromEnvironment_onlyBucket_usesDefaults() {
        S3Settings settings = S3Settings.fromEnvironment(Map.of("AWS_BUCKET_NAME", "b", "AWS_REGION", " "));
        assertEquals("", settings.rootPrefix());
        assertNull(settings.region());
        assertNull(settings.endpoint());
        assertFalse(settings.hasStaticCredentials());
        assertEquals("s3://b/", settings.describe());
    }

    @ParameterizedTest
    @CsvSource({"data, data/", "/data, data/", "./data//x/, data/x/", "/, ''", "'', ''"})
    void fromEnvironment_dataDir_becomesCleanFolderPrefix(String dataDir, String expected) {
        assertEquals(expected, S3Settings.fromEnvironment(Map.of("AWS_BUCKET_NAME", "b", "AWS_DATA_DIR", dataDir))
                .rootPrefix());
    }

    @Test
    void fromEnvironment_dataDirWithDotDot_rejected() {
        assertThrows(InvalidPathException.class,
                () -> S3Settings.fromEnvironment(Map.of("AWS_BUCKET_NAME", "b", "AWS_DATA_DIR", "data/../..")));
    }

    @Test
    void fromEnvironment_noBucket_rejectedNamingTheVariable() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> S3Settings.fromEnvironment(Map.of("AWS_REGION", "eu-west-1")));
        assertTrue(e.getMessage().contains("AWS_BUCKET_NAME"), e.getMessage());
    }

    @Test
    void fromEnvironment_accessKeyWithoutSecret_rejected() {
        assertThrows(InvalidParameterException.class,
                () -> S3Settings.fromEnvironment(Map.of("AWS_BUCKET_NAME", "b", "AWS_ACCESS_KEY_ID", "AKIA")));
    }

    @Test
    void fromEnvironment_endpointNotAUrl_rejectedNamingTheVariable() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> S3Settings.fromEnvironment(Map.of("AWS_BUCKET_NAME", "b", "AWS_ENDPOINT_URL", "not a url")));
        assertTrue(e.getMessage().contains("AWS_ENDPOINT_URL"), e.getMessage());
        assertThrows(InvalidParameterException.class,
                () -> S3Settings.fromEnvironment(Map.of("AWS_BUCKET_NAME", "b", "AWS_ENDPOINT_URL", "localhost")));
    }

    @Test
    void toString_staticKeys_neverShowsSecretOrToken() {
        S3Settings settings = new S3Settings("b", "p", "eu-west-1", null, null, "AKIAEXAMPLE", "very-secret",
                "token-secret");
        assertFalse(settings.toString().contains("very-secret"), settings.toString());
        assertFalse(settings.toString().contains("token-secret"), settings.toString());
        assertTrue(settings.toString().contains("AKIAEXAMPLE"), settings.toString());
    }

    @Test
    void withStaticCredentials_replacesProfileAndChain() {
        S3Settings settings = S3Settings.of("b", "").withProfile("p").withStaticCredentials("id", "secret");
        assertEquals("id", settings.accessKeyId());
        assertEquals("secret", settings.secretAccessKey());
        assertTrue(settings.hasStaticCredentials());
    }
}
