package dev.aside.rest.output;

import dev.aside.engine.Cache;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The disk-tier file of a whole cached table, opened for {@code format=parquet}: sending it as it is
 * costs a file copy, while decoding the table and encoding it again costs seconds per million rows.
 * The file is opened here, before the answer starts, so an update that replaces it meanwhile
 * either comes first (then the new file is sent, or the caller falls back to a normal read) or
 * leaves this reader on the old, still complete version.
 */
public final class CachedParquetFile {

    private CachedParquetFile() {}

    /** The opened file of {@code key}; empty when it is not a cached table written to disk yet. */
    public static Optional<Reply> open(Cache cache, String key) {
        Optional<Path> file = cache.head(key).flatMap(info -> cache.policy().tableFile(key));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Reply.ParquetFileReply(FileChannel.open(file.get(), StandardOpenOption.READ)));
        } catch (IOException replacedMeanwhile) {
            return Optional.empty();
        }
    }
}
