package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.function.FunctionRegistry;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import dev.aside.engine.sor.s3.S3SystemOfRecord;
import dev.aside.engine.testing.LocalS3ServerExtension;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The same path in the test S3 server and in a drive folder, with different content: two items,
 * each answering its own content, each changed alone, both kept over a restart.
 */
class TwoStoragesTest {

    @RegisterExtension
    static final LocalS3ServerExtension S3 = new LocalS3ServerExtension();

    @TempDir
    Path temp;

    static final ItemKey S3_DOC = ItemKey.of("s3", "same/x.json");
    static final ItemKey SD_DOC = ItemKey.of("sd", "same/x.json");

    @BeforeEach
    void sources() {
        S3.server().putObject("two/same/x.json", "{\"from\": \"s3\"}".getBytes(StandardCharsets.UTF_8));
        S3.server().putObject("two/same/t.csv", "n\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8));
        TestFiles.write(drive(), "same/x.json", "{\"from\": \"sd\"}");
        TestFiles.write(drive(), "same/t.csv", "n\n10\n");
    }

    private Path drive() {
        return temp.resolve("drive");
    }

    private Cache open() {
        return Cache.builder().cacheRoot(temp.resolve("cache"))
                .systemOfRecord(new DirectorySystemOfRecord(drive()))
                .systemOfRecord(new S3SystemOfRecord(S3.server().settings("two")))
                .build();
    }

    private static String from(CachedItem item) {
        return ((JsonValue) item.value()).json().get("from").asText();
    }

    @Test
    void samePathInTwoStorages_bothCached_eachAnswersItsOwn_andRestartKeepsBoth() {
        try (Cache cache = open()) {
            assertEquals("sd", from(cache.read(SD_DOC)));
            assertEquals("s3", from(cache.read(S3_DOC)));
            assertEquals("s3", from(cache.read(S3_DOC)));
            assertEquals("sd", from(cache.read(cache.resolve(null, "same/x.json"))), "no storage: the default (sd)");
            assertEquals("s3", cache.head(S3_DOC).orElseThrow().storage());
            assertEquals(List.of(SD_DOC, S3_DOC).stream().sorted().toList(),
                    cache.list().stream().map(ItemInfo::key).toList());
            cache.policy().awaitPersistence();
        }
        try (Cache cache = open()) {
            assertEquals(Tier.DISK, cache.read(S3_DOC).servedFrom());
            assertEquals("s3", from(cache.read(S3_DOC)));
            assertEquals("sd", from(cache.read(SD_DOC)));
        }
    }

    @Test
    void deleteUpdateValidate_touchOnlyTheNamedStorage() {
        try (Cache cache = open()) {
            cache.read(SD_DOC);
            cache.read(S3_DOC);

            assertTrue(cache.delete(S3_DOC));
            assertTrue(cache.head(S3_DOC).isEmpty());
            assertEquals("sd", from(cache.getIfPresent(SD_DOC).orElseThrow()));

            cache.read(S3_DOC);
            TestFiles.write(drive(), "same/x.json", "{\"from\": \"sd, changed\"}");
            assertEquals("sd, changed", from(cache.update(SD_DOC)));
            assertEquals("s3", from(cache.getIfPresent(S3_DOC).orElseThrow()));

            S3.server().putObject("two/same/x.json", "{\"from\": \"s3, changed\"}".getBytes(StandardCharsets.UTF_8));
            assertEquals("s3, changed", from(cache.read(S3_DOC, ReadOptions.VALIDATE)));
            assertEquals("sd, changed", from(cache.read(SD_DOC, ReadOptions.VALIDATE)));
        }
    }

    @Test
    void resolve_unknownStorage_refusedEvenWhenThePathIsCached_namingTheConfiguredOnes() {
        try (Cache cache = open()) {
            cache.read(SD_DOC);
            UnknownStorageException e = assertThrows(UnknownStorageException.class,
                    () -> cache.resolve("gs", "same/x.json"));
            assertEquals("gs", e.storage());
            assertEquals(List.of("sd", "s3"), e.configured());
            assertTrue(e.getMessage().contains("sd, s3"), e.getMessage());
            assertEquals(S3_DOC, cache.resolve("s3:same/x.json"));
            assertEquals(SD_DOC, cache.resolve("same/x.json"));
        }
    }

    @Test
    void put_writtenValue_isResolvedBeforeTheDefault_butNeverShadowsACachedDefaultItem() {
        try (Cache cache = open()) {
            JsonValue value = new JsonValue(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("from", "fn"));
            cache.put(ItemKey.written("results/x.json"), value);
            assertEquals(ItemKey.written("results/x.json"), cache.resolve(null, "results/x.json"));

            cache.read(SD_DOC);
            assertThrows(InvalidParameterException.class, () -> cache.put(ItemKey.written("same/x.json"), value));
            assertEquals("sd", from(cache.read(cache.resolve(null, "same/x.json"))));
            assertThrows(InvalidParameterException.class, () -> cache.put(S3_DOC, value));
        }
    }

    @Test
    void sql_quotedStoragePrefix_selectsThatStoragesTable_bareNameTheDefault() throws Exception {
        try (Cache cache = open();
                FunctionRegistry functions = FunctionRegistry.builder(cache).functionDir(temp.resolve("fns")).watchFolder(false).build()) {
            assertEquals(3, sqlCount(functions, "SELECT COUNT(*) FROM \"s3:same/t.csv\""));
            assertEquals(1, sqlCount(functions, "SELECT COUNT(*) FROM \"sd:same/t.csv\""));
            assertEquals(1, sqlCount(functions, "SELECT COUNT(*) FROM \"same/t.csv\""));
            assertEquals(4, sqlCount(functions, "SELECT (SELECT COUNT(*) FROM \"s3:same/t.csv\") "
                    + "+ (SELECT COUNT(*) FROM \"sd:same/t.csv\")"));
            assertTrue(cache.head(ItemKey.of("s3", "same/t.csv")).isPresent());
            assertFalse(cache.list().isEmpty());
        }
    }

    private static long sqlCount(FunctionRegistry functions, String query) {
        Table result = functions.call("sql", Map.of("query", query)).table();
        return ((Number) result.column(0).get(0)).longValue();
    }
}
