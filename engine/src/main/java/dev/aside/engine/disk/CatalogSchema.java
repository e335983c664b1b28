package dev.aside.engine.disk;

/** The disk tier's one table. Versioned by name so a later layout can migrate rather than guess. */
final class CatalogSchema {

    private CatalogSchema() {}

    static final String CREATE = """
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

    static final String COLUMNS = "item_key, kind, storage, sor_etag, sor_last_modified, sor_size, "
            + "row_count, column_count, heap_bytes, disk_bytes, loaded_at, load_millis, last_access, hits, "
            + "file_name";

    static final String MERGE = "MERGE INTO items_v1 (" + COLUMNS + ", payload) KEY (item_key) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM items_v1 ORDER BY item_key";

    static final String COUNT = "SELECT COUNT(*) FROM items_v1";

    static final String SELECT_FILES = "SELECT item_key, file_name FROM items_v1 WHERE file_name IS NOT NULL";

    static final String SELECT_FILE = "SELECT file_name FROM items_v1 WHERE item_key = ?";

    static final String SELECT_PAYLOAD = "SELECT payload FROM items_v1 WHERE item_key = ?";

    static final String DELETE = "DELETE FROM items_v1 WHERE item_key = ?";

    static final String UPDATE_ACCESS = "UPDATE items_v1 SET hits = ?, last_access = ? WHERE item_key = ?";
}
