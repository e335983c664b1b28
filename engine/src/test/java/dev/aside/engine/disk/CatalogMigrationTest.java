package dev.aside.engine.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.engine.Cache;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.Tier;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import dev.aside.engine.value.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog written before items had storages (table {@code items_v1}) opens with its items. */
class CatalogMigrationTest {

    /** The version-1 table exactly as the previous release created it. */
    private static final String V1 = """
            CREATE TABLE IF NOT EXISTS items_v1 (
                item_key          VARCHAR(4096) PRIMARY KEY,
                kind              VARCHAR(16)   NOT NULL,
                storage           VARCHAR(32),
                sor_etag          VARCHAR(256),
                sor_last_modified TIMESTAMP WITH TIME ZONE,
                sor_size          BIGINT        NOT NULL,
                row_count         BIGINT        NOT NULL,
                column_count      INT           NOT NULL,
                heap_bytes        BIGINT        NOT NULL,
                disk_bytes        BIGINT        NOT NULL,
                loaded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
                load_millis       BIGINT        NOT NULL,
                last_access       TIMESTAMP WITH TIME ZONE NOT NULL,
                hits              BIGINT        NOT NULL,
                file_name         VARCHAR(64),
                payload           BLOB
            )""";

    @TempDir
    Path temp;

    @Test
    void open_versionOneCatalog_keepsEveryItemUnderItsStorage_servedFromDiskWithoutSor() throws Exception {
        Path cacheRoot = temp.resolve("cache");
        Files.createDirectories(cacheRoot);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + cacheRoot.toAbsolutePath().resolve("catalog"),
                "aside", "")) {
            db.createStatement().execute(V1);
            insertV1(db, "desk/book.json", "sd", "{\"book\": \"rates\"}");
            insertV1(db, "results/answer", null, "{\"a\": 42}");
        }
        Path emptyDrive = Files.createDirectories(temp.resolve("drive")); // the SOR has neither file

        try (Cache cache = Cache.builder().cacheRoot(cacheRoot).systemOfRecord(new DirectorySystemOfRecord(emptyDrive))
                .build()) {
            assertEquals(List.of(ItemKey.written("results/answer"), ItemKey.of("sd", "desk/book.json")).stream().sorted()
                    .toList(), cache.list().stream().map(ItemInfo::key).toList());
            CachedItem book = cache.read(ItemKey.of("sd", "desk/book.json"));
            assertEquals(Tier.DISK, book.servedFrom());
            assertEquals("rates", ((JsonValue) book.value()).json().get("book").asText());
            assertEquals(42, ((JsonValue) cache.read(cache.resolve(null, "results/answer")).value()).json().get("a").asInt());
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + cacheRoot.toAbsolutePath().resolve("catalog"),
                "aside", "");
                ResultSet tables = db.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'ITEMS_V1'")) {
            tables.next();
            assertEquals(0, tables.getInt(1), "the old table is gone once its rows moved");
        }
    }

    private static void insertV1(Connection db, String key, String storage, String json) throws Exception {
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        OffsetDateTime now = OffsetDateTime.parse("2026-11-20T10:00:00Z");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO items_v1 VALUES "
                + "(?, 'DOCUMENT', ?, 'etag-1', ?, ?, 1, 1, 100, ?, ?, 5, ?, 3, NULL, ?)")) {
            insert.setString(1, key);
            insert.setString(2, storage);
            insert.setObject(3, storage == null ? null : now);
            insert.setLong(4, storage == null ? -1 : payload.length);
            insert.setLong(5, payload.length);
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.setBytes(8, payload);
            insert.executeUpdate();
        }
    }
}
