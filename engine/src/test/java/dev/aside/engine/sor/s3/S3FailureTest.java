package dev.aside.engine.sor.s3;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.SorAccessDeniedException;
import dev.aside.engine.SorUnavailableException;
import dev.aside.engine.testing.LocalS3Server;
import dev.aside.engine.testing.LocalS3ServerExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Wrong keys, a missing bucket and an unreachable server fail fast with the right exception. */
class S3FailureTest {

    @RegisterExtension
    static final LocalS3ServerExtension s3 = new LocalS3ServerExtension();

    /** Fail within a few seconds, not the SDK's default minutes. */
    static final Duration FAST = Duration.ofSeconds(6);

    @BeforeAll
    static void setUp() {
        s3.server().putObject("data/sales.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void statListOpen_wrongSecret_throwAccessDeniedWithoutTheSecret() {
        S3Settings wrong = s3.server().settings("data").withStaticCredentials(LocalS3Server.ACCESS_KEY, "wrong-secret");
        try (S3SystemOfRecord sor = new S3SystemOfRecord(wrong)) {
            SorAccessDeniedException e = assertThrows(SorAccessDeniedException.class, () -> sor.stat("sales.csv"));
            assertTrue(e.getMessage().contains("AWS_ACCESS_KEY_ID"), e.getMessage());
            assertTrue(!e.getMessage().contains("wrong-secret"), e.getMessage());
            assertThrows(SorAccessDeniedException.class, () -> sor.list("", false, null, 10));
            assertThrows(SorAccessDeniedException.class, () -> sor.open("sales.csv"));
        }
    }

    @Test
    void stat_unknownAccessKey_throwsAccessDenied() {
        S3Settings unknown = s3.server().settings("data").withStaticCredentials("nobody", LocalS3Server.SECRET_KEY);
        try (S3SystemOfRecord sor = new S3SystemOfRecord(unknown)) {
            assertThrows(SorAccessDeniedException.class, () -> sor.stat("sales.csv"));
        }
    }

    @Test
    void list_missingBucket_throwsUnavailableNamingTheBucket() {
        S3Settings settings = s3.server().settings("data");
        S3Settings missing = new S3Settings("no-such-bucket", "", settings.region(), settings.endpoint(), null,
                settings.accessKeyId(), settings.secretAccessKey(), null);
        try (S3SystemOfRecord sor = new S3SystemOfRecord(missing)) {
            SorUnavailableException e = assertThrows(SorUnavailableException.class,
                    () -> sor.list("", false, null, 10));
            assertTrue(e.getMessage().contains("no-such-bucket"), e.getMessage());
        }
    }

    @Test
    void everyCall_nothingListensOnThePort_throwsUnavailableWithinSeconds() throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + freePort());
        try (S3SystemOfRecord sor = new S3SystemOfRecord(s3.server().settings("data").withEndpoint(closed))) {
            SorUnavailableException e = assertTimeoutPreemptively(FAST,
                    () -> assertThrows(SorUnavailableException.class, () -> sor.stat("sales.csv")));
            assertTrue(e.getMessage().contains(closed.toString()) && e.getMessage().contains("aside-test"),
                    e.getMessage());
            assertTimeoutPreemptively(FAST, () -> assertThrows(SorUnavailableException.class,
                    () -> sor.list("", false, null, 10)));
            assertTimeoutPreemptively(FAST, () -> assertThrows(SorUnavailableException.class,
                    () -> sor.open("sales.csv")));
        }
    }

    @Test
    void stat_serverStopped_throwsUnavailableWithinSeconds() {
        LocalS3Server stopping = LocalS3Server.start();
        try (S3SystemOfRecord sor = new S3SystemOfRecord(stopping.settings(""))) {
            stopping.putObject("x.txt", new byte[] {1});
            sor.stat("x.txt");
            stopping.stop();
            assertTimeoutPreemptively(FAST, () -> assertThrows(SorUnavailableException.class, () -> sor.stat("x.txt")));
        } finally {
            stopping.close();
        }
    }

    @Test
    void stat_unknownHost_throwsUnavailable() {
        URI nowhere = URI.create("http://s3.invalid:9000");
        try (S3SystemOfRecord sor = new S3SystemOfRecord(s3.server().settings("data").withEndpoint(nowhere))) {
            assertTimeoutPreemptively(FAST, () -> assertThrows(SorUnavailableException.class, () -> sor.stat("a")));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
