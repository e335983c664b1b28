package dev.aside.engine.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

@ExtendWith(LocalS3ServerExtension.class)
class LocalS3ServerTest {

    @Test
    void extension_injectsARunningServerOnLoopback(LocalS3Server server) {
        assertEquals("127.0.0.1", server.endpoint().getHost());
        assertTrue(server.endpoint().getPort() > 0);
        assertTrue(Files.isDirectory(server.bucketDir()));
    }

    @Test
    void writeDirectly_objectServedLikeAPut(LocalS3Server server) {
        byte[] bytes = "same".getBytes(StandardCharsets.UTF_8);
        server.writeDirectly("direct/a.txt", bytes);
        server.putObject("put/a.txt", bytes);
        HeadObjectResponse direct = server.client().headObject(b -> b.bucket(server.bucket()).key("direct/a.txt"));
        HeadObjectResponse put = server.client().headObject(b -> b.bucket(server.bucket()).key("put/a.txt"));
        assertEquals(put.contentLength(), direct.contentLength());
        assertEquals(put.eTag(), direct.eTag());
        assertArrayEquals(bytes, server.client()
                .getObjectAsBytes(b -> b.bucket(server.bucket()).key("direct/a.txt")).asByteArray());
    }

    @Test
    void start_anotherServerInTheSameJvm_takesUnderThreeSeconds() {
        long started = System.nanoTime();
        LocalS3Server second = LocalS3Server.start();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        second.close();
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
        assertTrue(Files.notExists(second.bucketDir()));
    }
}
