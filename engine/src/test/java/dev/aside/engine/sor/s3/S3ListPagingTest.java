package dev.aside.engine.sor.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.testing.LocalS3ServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listing a large prefix through S3 continuation tokens, page by page. */
class S3ListPagingTest {

    @RegisterExtension
    static final LocalS3ServerExtension s3 = new LocalS3ServerExtension();

    static final int FOLDERS = 20;
    static final int OBJECTS = 10_020;

    static S3SystemOfRecord sor;

    @BeforeAll
    static void setUp() {
        // Straight into the backend's folder: 10k PUTs would take most of the time budget.
        for (int i = 0; i < OBJECTS; i++) {
            s3.server().writeDirectly(key(i), Integer.toString(i).getBytes(StandardCharsets.UTF_8));
        }
        s3.server().writeDirectly("outside/ignored.txt", new byte[] {1});
        sor = new S3SystemOfRecord(s3.server().settings("root"));
    }

    @AfterAll
    static void tearDown() {
        sor.close();
    }

    @Test
    void list_tenThousandObjects_pagesThroughAllWithTokens() {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ObjectPage page = sor.list("", false, token, 1000);
            assertTrue(page.objects().size() <= 1000);
            page.objects().forEach(meta -> seen.add(meta.path()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(OBJECTS, seen.size());
        assertEquals(seen.stream().sorted().toList(), seen);
        assertEquals(seen.size(), seen.stream().distinct().count());
        assertEquals(11, pages);
    }

    @Test
    void list_delimitedRoot_returnsEveryFolderOnce() {
        ObjectPage first = sor.list("", true, null, 15);
        ObjectPage second = sor.list("", true, first.nextToken(), 15);
        List<String> folders = new ArrayList<>(first.folders());
        folders.addAll(second.folders());
        assertEquals(FOLDERS, folders.size());
        assertEquals("f00/", folders.get(0));
        assertNull(second.nextToken());
        assertTrue(first.objects().isEmpty() && second.objects().isEmpty());
    }

    @Test
    void list_objectMeta_matchesItsStat() {
        ObjectMeta meta = sor.list("f03/", false, null, 1).objects().get(0);
        assertEquals("f03/00003.txt", meta.path());
        assertEquals(1, meta.size());
        assertNotNull(meta.etag());
        assertEquals(sor.stat("f03/00003.txt"), meta);
    }

    private static String key(int i) {
        return String.format("root/f%02d/%05d.txt", i % FOLDERS, i);
    }
}
