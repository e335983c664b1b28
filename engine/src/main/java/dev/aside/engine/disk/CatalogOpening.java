package dev.aside.engine.disk;

import dev.aside.engine.CacheStorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the H2 {@link Catalog}, or replaces a damaged one. A catalog that cannot be opened, or opens
 * without its tables although its file had content (H2 opens a truncated file as an empty
 * database), is moved to the quarantine folder with a WARN and a new one is created, marked
 * {@link Catalog#wasLost() lost} so the disk tier rebuilds it from the table files. A catalog that
 * another process holds is not damage: opening fails and nothing is moved.
 */
final class CatalogOpening {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogOpening.class);
    /**
     * H2's codes for a file it cannot make sense of (corrupted, unsupported, too short to read); any
     * other failure, such as the lock another process holds (90020), is not damage.
     */
    private static final List<Integer> DAMAGED = List.of(90028, 90030, 90048, 90098);

    private CatalogOpening() {
    }

    /**
     * Opens the catalog under {@code root}, moving a damaged one into {@code quarantine} first.
     *
     * @param tableFilesExist whether {@code tables/} holds files: a catalog that opens with no rows
     *     beside them was cut short (H2 then opens an older, empty state of a truncated file)
     * @throws CacheStorageException when the catalog is in use by another process or cannot be created
     */
    static Catalog open(Path root, Quarantine quarantine, boolean tableFilesExist) {
        Path file = root.resolve(Catalog.FILE_NAME);
        boolean hadContent = sizeOf(file) > 0;
        Connection connection = null;
        try {
            connection = connect(root);
            String lostBecause = !hadContent ? null : !hasTables(connection) ? "it opened without its tables"
                    : tableFilesExist && isEmpty(connection) ? "it opened with no items beside cached table files"
                    : null;
            if (lostBecause == null) {
                CatalogSchema.createOrMigrate(connection);
                return new Catalog(root, connection, false);
            }
            connection.close();
            connection = null;
            moveAside(file, quarantine, lostBecause);
        } catch (SQLException e) {
            closeQuietly(connection);
            if (!hadContent || !DAMAGED.contains(e.getErrorCode()) || !Files.isReadable(file)) {
                throw new CacheStorageException("Cannot open the cache catalog in " + root + ": "
                        + Catalog.firstLine(e.getMessage()) + ". If another Aside process uses this folder, stop it "
                        + "or choose another folder (LOCAL_DATA_DIR).", e);
            }
            moveAside(file, quarantine, Catalog.firstLine(e.getMessage()));
        }
        try {
            connection = connect(root);
            CatalogSchema.createOrMigrate(connection);
            return new Catalog(root, connection, true);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new CacheStorageException("Cannot create a new cache catalog in " + root + ": "
                    + Catalog.firstLine(e.getMessage()) + ".", e);
        }
    }

    private static Connection connect(Path root) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + root.toAbsolutePath().resolve(Catalog.BASE_NAME)
                + ";DB_CLOSE_ON_EXIT=FALSE", "aside", "");
    }

    /** Any table at all: whatever layout a later version migrated to, a catalog with tables is not lost. */
    private static boolean hasTables(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(CatalogSchema.COUNT)) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    private static void moveAside(Path file, Quarantine quarantine, String reason) {
        try {
            Path moved = quarantine.moveAside(file);
            LOG.warn("The cache catalog {} could not be opened ({}); it was moved to {} and a new catalog is "
                    + "rebuilt from the cached table files", file, reason, moved);
        } catch (IOException e) {
            throw new CacheStorageException("The cache catalog " + file + " is damaged (" + reason
                    + ") and could not be moved aside: " + e.getMessage() + ". Move it out of the folder "
                    + "and start again.", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing a failed catalog connection: {}", e.getMessage());
            }
        }
    }
}
