package dev.aside.engine.disk;

import dev.aside.engine.CacheStorageException;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemKind;
import dev.aside.engine.Tier;
import java.nio.file.Path;
import java.sql.Connection;
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
 * <p>{@link CatalogOpening} opens it, replacing a damaged one; {@link #wasLost()} tells the disk
 * tier to rebuild it from the table files.
 *
 * <p>Not thread-safe: the disk tier serializes every call (H2 has a single writer anyway).
 */
final class Catalog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);
    /** H2 names its files after the database: {@code catalog.mv.db}, {@code catalog.trace.db}. */
    static final String BASE_NAME = "catalog";
    static final String FILE_NAME = BASE_NAME + ".mv.db";

    private final Path root;
    private final Connection connection;
    private final boolean lost;

    /** Only {@link CatalogOpening} makes one, over a connection whose schema is in place. */
    Catalog(Path root, Connection connection, boolean lost) {
        this.root = root;
        this.connection = connection;
        this.lost = lost;
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

    /** Item key to stored profile text, for every row that has one. */
    Map<ItemKey, String> profiles() {
        Map<ItemKey, String> profiles = new HashMap<>();
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(CatalogSchema.SELECT_PROFILES)) {
            while (rs.next()) {
                profiles.put(toKey(rs.getString(1), rs.getString(2)), rs.getString(3));
            }
        } catch (SQLException e) {
            throw failure("read item profiles", e);
        }
        return profiles;
    }

    /** Saves a row's profile; a key that is gone is skipped. Not synced: a lost profile is computed again. */
    void saveProfile(ItemKey key, String profile) {
        try (PreparedStatement statement = connection.prepareStatement(CatalogSchema.UPDATE_PROFILE)) {
            statement.setString(1, profile);
            setKey(statement, 2, key);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("save the profile of '" + key + "'", e);
        }
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

    /** H2 puts the SQL and its own trace after the first line; a person needs only the first. */
    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
