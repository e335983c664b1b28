package dev.aside.engine.disk;

import dev.aside.engine.CacheStorageException;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemKind;
import dev.aside.engine.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 catalog: one row per item ({@link CatalogSchema}), in {@code catalog.mv.db} under the cache
 * folder.
 *
 * <p>Durable before it answers: H2 keeps a commit in memory for up to a second before its store
 * writes it (H2's documented "durability problems"), so a process killed right after a commit lost
 * the row. Every change here is followed by {@code CHECKPOINT SYNC}, which writes the store and
 * forces it to disk, so a caller that reports an item persisted after {@link #store} returns never
 * reports a row that a kill or power cut can take back.
 *
 * <p>A catalog that cannot be opened, or opens without its tables although its file had content
 * (H2 opens a truncated file as an empty database), is moved to the quarantine folder with a WARN
 * and a new one is created; {@link #wasLost()} tells the disk tier to rebuild it from the table files.
 *
 * <p>Not thread-safe: the disk tier serializes every call (H2 has a single writer anyway).
 */
final class Catalog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);
    /** H2 names its files after the database: {@code catalog.mv.db}, {@code catalog.trace.db}. */
    static final String BASE_NAME = "catalog";
    static final String FILE_NAME = BASE_NAME + ".mv.db";
    /**
     * H2's codes for a file it cannot make sense of (corrupted, unsupported, too short to read); any
     * other failure, such as the lock another process holds (90020), is not damage.
     */
    private static final List<Integer> DAMAGED = List.of(90028, 90030, 90048, 90098);

    private final Path root;
    private final Connection connection;
    private final boolean lost;

    private Catalog(Path root, Connection connection, boolean lost) {
        this.root = root;
        this.connection = connection;
        this.lost = lost;
    }

    /**
     * Opens the catalog under {@code root}, moving a damaged one into {@code quarantine} first.
     *
     * @param tableFilesExist whether {@code tables/} holds files: a catalog that opens with no rows
     *     beside them was cut short (H2 then opens an older, empty state of a truncated file)
     * @throws CacheStorageException when the catalog is in use by another process or cannot be created
     */
    static Catalog open(Path root, Quarantine quarantine, boolean tableFilesExist) {
        Path file = root.resolve(FILE_NAME);
        boolean hadContent = sizeOf(file) > 0;
        Connection connection = null;
        try {
            connection = connect(root);
            String lostBecause = !hadContent ? null : !hasTables(connection) ? "it opened without its tables"
                    : tableFilesExist && isEmpty(connection) ? "it opened with no items beside cached table files"
                    : null;
            if (lostBecause == null) {
                create(connection);
                return new Catalog(root, connection, false);
            }
            connection.close();
            connection = null;
            moveAside(file, quarantine, lostBecause);
        } catch (SQLException e) {
            closeQuietly(connection);
            if (!hadContent || !DAMAGED.contains(e.getErrorCode()) || !Files.isReadable(file)) {
                throw new CacheStorageException("Cannot open the cache catalog in " + root + ": "
                        + firstLine(e.getMessage()) + ". If another Aside process uses this folder, stop it "
                        + "or choose another folder (LOCAL_DATA_DIR).", e);
            }
            moveAside(file, quarantine, firstLine(e.getMessage()));
        }
        try {
            connection = connect(root);
            create(connection);
            return new Catalog(root, connection, true);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new CacheStorageException("Cannot create a new cache catalog in " + root + ": "
                    + firstLine(e.getMessage()) + ".", e);
        }
    }

    /** True when the catalog file was damaged and this one was created empty in its place. */
    boolean wasLost() {
        return lost;
    }

    /** Every row, in key order, with tier {@link Tier#DISK}. */
    List<ItemInfo> entries() {
        List<ItemInfo> entries = new ArrayList<>();
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(CatalogSchema.SELECT_ALL)) {
            while (rs.next()) {
                entries.add(toInfo(rs));
            }
        } catch (SQLException e) {
            throw failure("read the catalog", e);
        }
        return entries;
    }

    /** Table file name to item key, for every row that names a file. */
    Map<String, ItemKey> tableFiles() {
        Map<String, ItemKey> files = new HashMap<>();
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(CatalogSchema.SELECT_TABLE_FILES)) {
            while (rs.next()) {
                files.put(rs.getString(3), toKey(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw failure("check the catalog", e);
        }
        return files;
    }

    /** Writes the row durably (see the class comment); returns the table file the row named before, or null. */
    String store(ItemInfo info, String fileName, byte[] payload) {
        String oldFile = fileName(info.key());
        try (PreparedStatement statement = connection.prepareStatement(CatalogSchema.MERGE)) {
            setKey(statement, 1, info.key());
            statement.setString(3, info.kind().name());
            statement.setString(4, info.sorEtag());
            statement.setObject(5, toTimestamp(info.sorLastModified()));
            statement.setLong(6, info.sorSize());
            statement.setLong(7, info.rows());
            statement.setInt(8, info.columns());
            statement.setLong(9, info.heapBytes());
            statement.setLong(10, info.diskBytes());
            statement.setObject(11, toTimestamp(info.loadedAt()));
            statement.setLong(12, info.loadMillis());
            statement.setObject(13, toTimestamp(info.lastAccess()));
            statement.setLong(14, info.hits());
            statement.setString(15, fileName);
            if (payload == null) {
                statement.setNull(16, Types.BLOB);
            } else {
                statement.setBytes(16, payload);
            }
            statement.executeUpdate();
            sync();
        } catch (SQLException e) {
            throw failure("write '" + info.key() + "'", e);
        }
        return oldFile;
    }

    /** Removes the row durably; false when there was none. */
    boolean delete(ItemKey key) {
        try (PreparedStatement statement = connection.prepareStatement(CatalogSchema.DELETE)) {
            setKey(statement, 1, key);
            boolean deleted = statement.executeUpdate() > 0;
            sync();
            return deleted;
        } catch (SQLException e) {
            throw failure("delete '" + key + "'", e);
        }
    }

    String fileName(ItemKey key) {
        return selectOne(CatalogSchema.SELECT_FILE, key, rs -> rs.getString(1));
    }

    byte[] payload(ItemKey key) {
        return selectOne(CatalogSchema.SELECT_PAYLOAD, key, rs -> rs.getBytes(1));
    }

    /** Saves read counters; keys that are gone are skipped. Not synced: counters may lag after a crash. */
    void recordAccess(Iterable<ItemInfo> latest) {
        try (PreparedStatement statement = connection.prepareStatement(CatalogSchema.UPDATE_ACCESS)) {
            for (ItemInfo info : latest) {
                statement.setLong(1, info.hits());
                statement.setObject(2, toTimestamp(info.lastAccess()));
                setKey(statement, 3, info.key());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw failure("save access counters", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the cache catalog in {} failed: {}", root, e.getMessage());
        }
    }

    /** Reads the first column of a row. */
    private interface Column<T> {
        T get(ResultSet rs) throws SQLException;
    }

    private <T> T selectOne(String sql, ItemKey key, Column<T> column) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            setKey(statement, 1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? column.get(rs) : null;
            }
        } catch (SQLException e) {
            throw failure("read '" + key + "'", e);
        }
    }

    private void sync() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    private static Connection connect(Path root) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + root.toAbsolutePath().resolve(BASE_NAME)
                + ";DB_CLOSE_ON_EXIT=FALSE", "aside", "");
    }

    /** Creates the catalog table, moving the rows of a version-1 catalog into it in one transaction. */
    private static void create(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(CatalogSchema.CREATE);
            boolean hasV1;
            try (ResultSet rs = statement.executeQuery(CatalogSchema.HAS_V1)) {
                hasV1 = rs.next() && rs.getInt(1) > 0;
            }
            if (!hasV1) {
                return;
            }
            connection.setAutoCommit(false);
            try {
                int rows = statement.executeUpdate(CatalogSchema.MIGRATE_V1);
                statement.execute(CatalogSchema.DROP_V1);
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

    private static ItemInfo toInfo(ResultSet rs) throws SQLException {
        return new ItemInfo(
                toKey(rs.getString(1), rs.getString(2)),
                ItemKind.valueOf(rs.getString(3)),
                rs.getString(4),
                toInstant(rs.getObject(5, OffsetDateTime.class)),
                rs.getLong(6),
                rs.getLong(7),
                rs.getInt(8),
                rs.getLong(9),
                rs.getLong(10),
                toInstant(rs.getObject(11, OffsetDateTime.class)),
                rs.getLong(12),
                toInstant(rs.getObject(13, OffsetDateTime.class)),
                rs.getLong(14),
                Tier.DISK);
    }

    /** Sets the key's two columns (storage, path) from {@code index} on. */
    private static void setKey(PreparedStatement statement, int index, ItemKey key) throws SQLException {
        statement.setString(index, key.isWritten() ? CatalogSchema.WRITTEN : key.storage());
        statement.setString(index + 1, key.path());
    }

    private static ItemKey toKey(String storage, String path) {
        return CatalogSchema.WRITTEN.equals(storage) ? ItemKey.written(path) : ItemKey.of(storage, path);
    }

    private static OffsetDateTime toTimestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private CacheStorageException failure(String action, SQLException e) {
        return new CacheStorageException("The cache catalog in " + root + " could not " + action + ": "
                + firstLine(e.getMessage()) + ".", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
