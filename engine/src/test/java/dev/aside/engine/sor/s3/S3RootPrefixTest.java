package dev.aside.engine.sor.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aside.engine.InvalidPathException;
import dev.aside.engine.ObjectNotFoundException;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.testing.LocalS3ServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AWS_DATA_DIR confines every request to its prefix. */
class S3RootPrefixTest {

    @RegisterExtension
    static final LocalS3ServerExtension s3 = new LocalS3ServerExtension();

    static S3SystemOfRecord sor;

    @BeforeAll
    static void setUp() {
        s3.server().putObject("team/data/sales.csv", bytes("inside"));
        s3.server().putObject("team/database.csv", bytes("sibling with the same name start"));
        s3.server().putObject("secret.txt", bytes("outside"));
        s3.server().putObject("team/data/folder/", new byte[0]);
        sor = S3SystemOfRecord.fromEnvironment(Map.of(
                "AWS_BUCKET_NAME", s3.server().bucket(),
                "AWS_DATA_DIR", "/team/data",
                "AWS_ENDPOINT_URL", s3.server().endpoint().toString(),
                "AWS_ACCESS_KEY_ID", s3.server().accessKey(),
                "AWS_SECRET_ACCESS_KEY", s3.server().secretKey()));
    }

    @AfterAll
    static void tearDown() {
        sor.close();
    }

    @Test
    void list_rootPrefix_seesOnlyObjectsInsideAndSkipsFolderMarkers() {
        List<String> paths = sor.list("", false, null, 1000).objects().stream().map(ObjectMeta::path).toList();
        assertEquals(List.of("sales.csv"), paths);
        assertEquals("s3://aside-test/team/data/ at " + s3.server().endpoint(), sor.describe());
    }

    @Test
    void open_pathInsidePrefix_readsTheObject() throws IOException {
        try (InputStream in = sor.open("sales.csv")) {
            assertArrayEquals(bytes("inside"), in.readAllBytes());
        }
    }

    @Test
    void stat_objectOutsidePrefixByPlainName_notFound() {
        assertThrows(ObjectNotFoundException.class, () -> sor.stat("secret.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../secret.txt", "../database.csv", "/secret.txt", "%2e%2e/%2e%2e/secret.txt",
            "..\\..\\secret.txt", "a/\u0000"})
    void statOpenList_traversalOutOfPrefix_rejected(String path) {
        assertThrows(InvalidPathException.class, () -> sor.stat(path));
        assertThrows(InvalidPathException.class, () -> sor.open(path));
        assertThrows(InvalidPathException.class, () -> sor.list(path, false, null, 10));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
