package dev.aside.engine.sor.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ObjectNotFoundException;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.testing.LocalS3ServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stat, open and list against a real S3-compatible server through the real SDK. */
class S3ReadTest {

    @RegisterExtension
    static final LocalS3ServerExtension s3 = new LocalS3ServerExtension();

    static final byte[] SALES = "region,amount\neu,1\nus,2\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] LARGE = new byte[3 * 1024 * 1024 + 17];

    static S3SystemOfRecord sor;

    @BeforeAll
    static void setUp() {
        new Random(42).nextBytes(LARGE);
        s3.server().putObject("data/sales.csv", SALES);
        s3.server().putObject("data/large.bin", LARGE);
        s3.server().putObject("data/2024/q1.json", "{}".getBytes(StandardCharsets.UTF_8));
        s3.server().putObject("other.txt", "x".getBytes(StandardCharsets.UTF_8));
        sor = new S3SystemOfRecord(s3.server().settings("data"));
    }

    @AfterAll
    static void tearDown() {
        sor.close();
    }

    @Test
    void stat_existingObject_returnsSizeEtagAndLastModified() {
        ObjectMeta meta = sor.stat("sales.csv");
        assertEquals("sales.csv", meta.path());
        assertEquals(SALES.length, meta.size());
        assertNotNull(meta.etag());
        assertTrue(!meta.etag().startsWith("\""), meta.etag());
        assertTrue(Duration.between(meta.lastModified(), Instant.now()).abs().toMinutes() < 5, meta.toString());
    }

    @Test
    void open_existingObject_streamsItsBytes() throws IOException {
        try (InputStream in = sor.open("./sales.csv")) {
            assertArrayEquals(SALES, in.readAllBytes());
        }
        try (InputStream in = sor.open("large.bin")) {
            assertArrayEquals(LARGE, in.readAllBytes());
        }
    }

    @Test
    void statAndOpen_missingObject_throwObjectNotFound() {
        ObjectNotFoundException e = assertThrows(ObjectNotFoundException.class, () -> sor.stat("none.csv"));
        assertTrue(e.getMessage().contains("none.csv"), e.getMessage());
        assertThrows(ObjectNotFoundException.class, () -> sor.open("none.csv"));
    }

    @Test
    void list_underRootPrefix_returnsRelativeKeysAndFolders() {
        ObjectPage all = sor.list("", false, null, 1000);
        assertEquals(List.of("2024/q1.json", "large.bin", "sales.csv"), paths(all));
        assertEquals(sor.stat("sales.csv"), all.objects().get(2));
        ObjectPage oneLevel = sor.list("", true, null, 1000);
        assertEquals(List.of("large.bin", "sales.csv"), paths(oneLevel));
        assertEquals(List.of("2024/"), oneLevel.folders());
        assertEquals(List.of("2024/q1.json"), paths(sor.list("2024/", true, null, 1000)));
    }

    static List<String> paths(ObjectPage page) {
        return page.objects().stream().map(ObjectMeta::path).toList();
    }
}
