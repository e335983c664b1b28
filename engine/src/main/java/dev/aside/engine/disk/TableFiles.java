package dev.aside.engine.disk;

import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemKind;
import dev.aside.engine.Tier;
import dev.aside.engine.format.ParquetFooterTags;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The table files: Parquet files in {@code tables/}, each written in {@code staging/} first.
 *
 * <p>Every table file describes itself: before it is moved into {@code tables/}, its footer gets the
 * item's facts as Parquet key-value entries ({@code aside.storage}, {@code aside.path},
 * {@code aside.sor.etag}, ...; see {@link #describe}), so a catalog that is lost can be rebuilt from
 * the files alone ({@link #describedBy}). Storage and path are separate entries so either form of
 * the item's key can be rebuilt. A downloaded Parquet file keeps its data bytes: only its footer is
 * rewritten ({@link ParquetFooterTags}).
 *
 * <p>Stateless apart from its two folders; safe to use from several threads on different files.
 */
final class TableFiles {

    static final String EXTENSION = ".parquet";
    static final String TABLES = "tables";
    static final String STAGING = "staging";
    private static final String PREFIX = "aside.";

    private final Path tables;
    private final Path staging;

    TableFiles(Path root) throws IOException {
        this.tables = OwnerOnly.folder(root.resolve(TABLES));
        this.staging = OwnerOnly.folder(root.resolve(STAGING));
    }

    /** A fresh, empty, owner-only file in the staging folder. */
    Path newStagingFile(String extension) throws IOException {
        return OwnerOnly.newFile(staging.resolve(UUID.randomUUID() + extension));
    }

    /**
     * Tags a complete staged Parquet file with {@code info}, forces it to disk and moves it into
     * {@code tables/}; returns its new file name.
     */
    String moveIn(Path staged, ItemInfo info) throws IOException {
        ParquetFooterTags.add(staged, describe(info));
        String fileName = UUID.randomUUID() + EXTENSION;
        Files.move(staged, tables.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        return fileName;
    }

    Path path(String fileName) {
        return tables.resolve(fileName);
    }

    long size(String fileName) throws IOException {
        return Files.size(path(fileName));
    }

    void delete(String fileName) {
        DiskTier.deleteQuietly(path(fileName));
    }

    /** The names of every file in {@code tables/}. */
    List<String> list() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tables)) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        }
        return names;
    }

    /** Deletes everything in {@code staging/}: downloads and writes that never reached {@code tables/}. */
    void clearStaging() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            files.forEach(DiskTier::deleteQuietly);
        }
    }

    /**
     * The catalog facts a table file carries, as of its write, with tier {@link Tier#DISK}; empty
     * when it carries none or cannot be read.
     */
    Optional<ItemInfo> describedBy(String fileName) {
        try {
            Map<String, String> tags = ParquetFooterTags.read(path(fileName));
            String path = tags.get(PREFIX + "path");
            if (path == null || tags.get(PREFIX + "loadedAt") == null
                    || !ItemKind.TABLE.name().equals(tags.get(PREFIX + "kind"))) {
                return Optional.empty();
            }
            String storage = tags.get(PREFIX + "storage");
            ItemKey key = storage == null ? ItemKey.written(path) : ItemKey.of(storage, path);
            return Optional.of(new ItemInfo(key, ItemKind.TABLE,
                    tags.get(PREFIX + "sor.etag"), instant(tags.get(PREFIX + "sor.lastModified")),
                    number(tags.get(PREFIX + "sor.size")), number(tags.get(PREFIX + "rows")),
                    (int) number(tags.get(PREFIX + "columns")), number(tags.get(PREFIX + "heapBytes")),
                    size(fileName), instant(tags.get(PREFIX + "loadedAt")),
                    number(tags.get(PREFIX + "loadMillis")), instant(tags.get(PREFIX + "loadedAt")), 0,
                    Tier.DISK));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The footer entries that describe an item; absent facts are left out. */
    private static Map<String, String> describe(ItemInfo info) {
        Map<String, String> tags = new LinkedHashMap<>();
        put(tags, "storage", info.storage());
        put(tags, "path", info.path());
        put(tags, "kind", info.kind().name());
        put(tags, "sor.etag", info.sorEtag());
        put(tags, "sor.lastModified", info.sorLastModified());
        put(tags, "sor.size", info.sorSize());
        put(tags, "rows", info.rows());
        put(tags, "columns", info.columns());
        put(tags, "heapBytes", info.heapBytes());
        put(tags, "loadedAt", info.loadedAt());
        put(tags, "loadMillis", info.loadMillis());
        return tags;
    }

    private static void put(Map<String, String> tags, String name, Object value) {
        if (value != null) {
            tags.put(PREFIX + name, value.toString());
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static long number(String text) {
        return text == null ? -1 : Long.parseLong(text);
    }
}
