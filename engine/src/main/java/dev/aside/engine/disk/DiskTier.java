package dev.aside.engine.disk;

import dev.aside.engine.CacheStorageException;
import dev.aside.engine.CorruptDataException;
import dev.aside.engine.DamagedCopyException;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemKind;
import dev.aside.engine.format.FormatRegistry;
import dev.aside.engine.format.ParquetTableWriter;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disk tier: the H2 {@link Catalog} under the cache root, tables kept as Parquet files beside it
 * ({@link TableFiles}), and a {@link Quarantine} for copies that turned out damaged. It starts no
 * threads; the caller's clock dates quarantined files.
 *
 * <p>Why files for tables: H2 takes about 6.7 s to insert and 1-1.7 s to scan a million rows, while
 * decoding the same rows from a local Parquet file is several times faster, so the catalog row of a
 * table names a file in {@code tables/} and JSON documents and bytes live in the row itself
 * ({@link RowPayloads}).
 *
 * <p>Crash safety: a table file is written to {@code staging/}, tagged with the item's facts, forced
 * to disk, renamed into {@code tables/}, and only then is its catalog row committed and synced. A
 * crash before the commit leaves a complete, self-describing file that {@link #open} registers; a
 * crash inside the commit is rolled back by H2. So a half-written item is absent, never corrupt. A
 * catalog row whose file has gone is dropped on open.
 *
 * <p>Nothing is lost silently: a table file that fails to decode, a file in {@code tables/} that no
 * row names and that cannot describe itself, and a catalog that cannot be opened are moved to the
 * quarantine folder with a WARN, never deleted. A lost catalog is rebuilt from the table files; JSON
 * and bytes items lived only in its rows, so they load again from their source on their next read.
 *
 * <p>Thread-safe: every catalog statement is serialized on this object (H2 has a single writer).
 */
public final class DiskTier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiskTier.class);
    /** The folders this tier keeps in the cache folder (besides the catalog's files). */
    private static final Set<String> OWNED = Set.of(TableFiles.TABLES, TableFiles.STAGING, Quarantine.FOLDER);

    private final Path root;
    private final Catalog catalog;
    private final TableFiles tables;
    private final Quarantine quarantine;
    private final FormatRegistry formats;

    private DiskTier(Path root, Catalog catalog, TableFiles tables, Quarantine quarantine, FormatRegistry formats) {
        this.root = root;
        this.catalog = catalog;
        this.tables = tables;
        this.quarantine = quarantine;
        this.formats = formats;
    }

    /**
     * Opens (creating when missing) the disk tier under {@code root}, repairs what a crash left and
     * rebuilds a lost catalog from the table files.
     *
     * @param clock dates quarantined files and decides which are old enough to delete
     * @throws CacheStorageException when the folder cannot be created or the catalog is in use
     */
    public static DiskTier open(Path root, FormatRegistry formats, Clock clock) {
        TableFiles tables;
        Quarantine quarantine;
        try {
            OwnerOnly.folder(root);
            tables = new TableFiles(root);
            quarantine = new Quarantine(root, clock);
        } catch (IOException e) {
            throw new CacheStorageException("Cannot create the cache folder " + root
                    + ": " + e.getMessage() + ". Choose a writable folder (LOCAL_DATA_DIR).", e);
        }
        quarantine.prune();
        DiskTier tier;
        try {
            tier = new DiskTier(root, CatalogOpening.open(root, quarantine, !tables.list().isEmpty()), tables,
                    quarantine, formats);
        } catch (IOException e) {
            throw new CacheStorageException("Cannot read the cache folder " + root + ": " + e.getMessage() + ".", e);
        }
        try {
            OpenRepair.run(root, tier.catalog, tables, quarantine);
            OwnerOnly.tighten(root, name -> OWNED.contains(name) || name.startsWith(Catalog.BASE_NAME + "."));
            return tier;
        } catch (IOException | RuntimeException e) {
            tier.close(); // releases the folder's lock for the next attempt
            throw e instanceof CacheStorageException storage ? storage : new CacheStorageException(
                    "Cannot prepare the cache folder " + root + ": " + e.getMessage() + ".", e);
        }
    }

    /** Every catalog entry, in key order, with tier {@link dev.aside.engine.Tier#DISK}. */
    public synchronized List<ItemInfo> entries() {
        return catalog.entries();
    }

    /** A fresh, empty, owner-only file in the staging folder for a download or a table write. */
    public Path newStagingFile(String extension) {
        try {
            return tables.newStagingFile(extension);
        } catch (IOException e) {
            throw new CacheStorageException("Cannot create a file in the cache folder " + root + ": "
                    + e.getMessage() + ". Check free space and permissions.", e);
        }
    }

    /**
     * Persists a table whose Parquet file is already complete in the staging folder; the file is
     * moved, not copied. Returns the catalog entry as stored, durable once this returns.
     */
    public ItemInfo storeTableFile(ItemInfo info, Path stagedParquet) {
        String fileName = null;
        try {
            fileName = tables.moveIn(stagedParquet, info);
            ItemInfo stored = info.withDiskBytes(tables.size(fileName));
            commit(stored, fileName, null);
            return stored;
        } catch (IOException e) {
            if (fileName != null) {
                tables.delete(fileName);
            }
            throw new CacheStorageException("Cannot write '" + info.key() + "' to the cache folder "
                    + root + ": " + e.getMessage() + ". Check free space and permissions.", e);
        }
    }

    /** Persists a table by writing it as Parquet first (for tables that did not come as Parquet). */
    public ItemInfo storeTable(ItemInfo info, TableValue table) {
        Path staged = newStagingFile(TableFiles.EXTENSION);
        try {
            ParquetTableWriter.write(table.table(), staged);
            return storeTableFile(info, staged);
        } finally {
            deleteQuietly(staged);
        }
    }

    /** Persists a JSON document, collection or bytes inside the catalog row, durable once this returns. */
    public ItemInfo storePayload(ItemInfo info, byte[] payload) {
        ItemInfo stored = info.withDiskBytes(payload.length);
        commit(stored, null, payload);
        return stored;
    }

    /** Persists any value, choosing the layout by its kind. */
    public ItemInfo store(ItemInfo info, Value value) {
        if (value instanceof TableValue table) {
            return storeTable(info, table);
        }
        return storePayload(info, RowPayloads.encode(value));
    }

    /**
     * Reads a value back; null when the key has no catalog row.
     *
     * @throws DamagedCopyException when the copy cannot be decoded (or its file has vanished): it has
     *     been moved to the quarantine folder and its row removed, so the caller loads it again from its source
     */
    public Value load(ItemKey key, ItemKind kind) {
        if (kind == ItemKind.TABLE) {
            String fileName = fileName(key);
            if (fileName == null) {
                return null;
            }
            try {
                return formats.forPath(fileName).read(tables.path(fileName), key.path());
            } catch (CorruptDataException e) {
                throw damaged(key, fileName, e);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof NoSuchFileException) {
                    throw damaged(key, fileName, e); // removed behind the cache's back: load it again too
                }
                throw e;
            }
        }
        byte[] payload = payload(key);
        if (payload == null) {
            return null;
        }
        try {
            return RowPayloads.decode(kind, payload);
        } catch (IOException e) {
            throw damaged(key, null, e);
        }
    }

    /** The Parquet file of a table's catalog row; empty when the key has no row or no file. */
    public Optional<Path> tableFile(ItemKey key) {
        String fileName = fileName(key);
        return fileName == null ? Optional.empty() : Optional.of(tables.path(fileName));
    }

    /** Removes the catalog row and the table file; false when the key had no row. */
    public synchronized boolean delete(ItemKey key) {
        String fileName = catalog.fileName(key);
        if (fileName != null) {
            tables.delete(fileName); // first: a file left without its row would be registered again on open
        }
        return catalog.delete(key);
    }

    /** Item key to stored profile text (see {@code ItemProfile}), for every item that has one. */
    public synchronized Map<ItemKey, String> profiles() {
        return catalog.profiles();
    }

    /** Keeps an item's profile with its row; a key that is gone is skipped. */
    public synchronized void saveProfile(ItemKey key, String profile) {
        catalog.saveProfile(key, profile);
    }

    /** Saves read counters; keys that are gone are skipped. */
    public synchronized void recordAccess(Map<ItemKey, ItemInfo> latest) {
        catalog.recordAccess(latest.values());
    }

    public Path root() {
        return root;
    }

    @Override
    public synchronized void close() {
        catalog.close();
    }

    private synchronized void commit(ItemInfo info, String fileName, byte[] payload) {
        String oldFile;
        try {
            oldFile = catalog.store(info, fileName, payload);
        } catch (CacheStorageException e) {
            if (fileName != null) {
                tables.delete(fileName);
            }
            throw e;
        }
        if (oldFile != null && !oldFile.equals(fileName)) {
            tables.delete(oldFile);
        }
    }

    /** Sets a copy that cannot be decoded aside (its row only if it still names that copy). */
    private synchronized DamagedCopyException damaged(ItemKey key, String fileName, Exception cause) {
        String where = "";
        if (fileName == null || fileName.equals(catalog.fileName(key))) {
            catalog.delete(key);
        }
        if (fileName != null && Files.exists(tables.path(fileName))) {
            try {
                where = "; it was moved to " + quarantine.moveAside(tables.path(fileName));
            } catch (IOException e) {
                tables.delete(fileName);
                where = "; it could not be moved aside (" + e.getMessage() + ") and was deleted";
            }
        }
        LOG.warn("The disk copy of '{}' is damaged ({}){}", key, cause.getMessage(), where);
        return new DamagedCopyException(key, "The cached copy of '" + key + "' was damaged and has been set aside.",
                cause);
    }

    private synchronized String fileName(ItemKey key) {
        return catalog.fileName(key);
    }

    private synchronized byte[] payload(ItemKey key) {
        return catalog.payload(key);
    }

    /** Deletes a file if it is there; a failure is logged, since a leftover is removed when the tier next opens. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
