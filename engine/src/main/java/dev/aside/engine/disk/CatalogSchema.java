package dev.aside.engine.disk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disk tier's one table. Versioned by name so a later layout can migrate rather than guess.
 *
 * <p>{@code items_v2} is keyed by storage and path, as items are. A written value (no storage) has
 * {@code storage = ''} rather than NULL: SQL NULLs are never equal, so a primary key over a NULL
 * column would let two rows hold the same written path. {@code items_v1} (keyed by path alone, with
 * a nullable {@code storage} column) is migrated once when the catalog opens.
 */
final class CatalogSchema {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSchema.class);

    private CatalogSchema() {}

    /** The {@code storage} value of a written value's row. */
    static final String WRITTEN = "";

    static final String CREATE = """
            CREATE TABLE IF NOT EXISTS items_v2 (
                storage           VARCHAR(32)   NOT NULL,
                path              VARCHAR(4096) NOT NULL,
                kind              VARCHAR(16)   NOT NULL,
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
                payload           BLOB,
                PRIMARY KEY (storage, path)
            )""";

    /**
     * The item's profile ({@code cache_item_stats}) as JSON naming the version it describes; NULL until
     * the disk writer has computed it. Added to catalogs made before profiles existed.
     */
    static final String ADD_PROFILE = "ALTER TABLE items_v2 ADD COLUMN IF NOT EXISTS profile CLOB";

    /** True when the version-1 table is still there (a catalog from before items had storages). */
    static final String HAS_V1 = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
            + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'ITEMS_V1'";

    /** Version 1 recorded each row's storage already (NULL for written values): copy, then drop. */
    static final String MIGRATE_V1 = "INSERT INTO items_v2 (storage, path, kind, sor_etag, sor_last_modified, "
            + "sor_size, row_count, column_count, heap_bytes, disk_bytes, loaded_at, load_millis, last_access, hits, "
            + "file_name, payload) SELECT COALESCE(storage, '" + WRITTEN + "'), item_key, kind, sor_etag, "
            + "sor_last_modified, sor_size, row_count, column_count, heap_bytes, disk_bytes, loaded_at, load_millis, "
            + "last_access, hits, file_name, payload FROM items_v1";

    static final String DROP_V1 = "DROP TABLE items_v1";

    static final String COLUMNS = "storage, path, kind, sor_etag, sor_last_modified, sor_size, "
            + "row_count, column_count, heap_bytes, disk_bytes, loaded_at, load_millis, last_access, hits, "
            + "file_name";

    /** A new version's row has no profile yet: the old one described the version it replaces. */
    static final String MERGE = "MERGE INTO items_v2 (" + COLUMNS + ", payload, profile) KEY (storage, path) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)";

    static final String UPDATE_PROFILE = "UPDATE items_v2 SET profile = ? WHERE storage = ? AND path = ?";

    static final String SELECT_PROFILES = "SELECT storage, path, profile FROM items_v2 WHERE profile IS NOT NULL";

    static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM items_v2 ORDER BY path, storage";

    static final String SELECT_FILE = "SELECT file_name FROM items_v2 WHERE storage = ? AND path = ?";

    static final String COUNT = "SELECT COUNT(*) FROM items_v2";

    static final String SELECT_PAYLOAD = "SELECT payload FROM items_v2 WHERE storage = ? AND path = ?";

    static final String SELECT_TABLE_FILES = "SELECT storage, path, file_name FROM items_v2 WHERE file_name IS NOT NULL";

    static final String DELETE = "DELETE FROM items_v2 WHERE storage = ? AND path = ?";

    static final String UPDATE_ACCESS = "UPDATE items_v2 SET hits = ?, last_access = ? WHERE storage = ? AND path = ?";

    /** Creates the catalog table, moving the rows of a version-1 catalog into it in one transaction. */
    static void createOrMigrate(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(CREATE);
            statement.execute(ADD_PROFILE);
            boolean hasV1;
            try (ResultSet rs = statement.executeQuery(HAS_V1)) {
                hasV1 = rs.next() && rs.getInt(1) > 0;
            }
            if (!hasV1) {
                return;
            }
            connection.setAutoCommit(false);
            try {
                int rows = statement.executeUpdate(MIGRATE_V1);
                statement.execute(DROP_V1);
                connection.commit();
                LOG.info("Moved {} cached items to the catalog keyed by storage and path", rows);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
