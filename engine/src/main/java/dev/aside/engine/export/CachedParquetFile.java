package dev.aside.engine.export;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The disk-tier file of a whole cached table, for a whole-table Parquet answer or export: sending
 * it as it is costs a file copy, while decoding the table and encoding it again costs seconds per
 * million rows. The file is opened before anything is sent, so an update that replaces it meanwhile
 * either comes first (then the caller falls back to writing the value) or leaves this reader on
 * the old, still complete version.
 */
public final class CachedParquetFile {

    private CachedParquetFile() {}

    /**
     * The opened file of {@code key}; empty when it is not a cached table or its disk write failed.
     * A table still on its way to disk is waited for: the background write costs no more than
     * encoding the table here would, and the file is then sent at copy speed.
     */
    public static Optional<FileChannel> open(Cache cache, ItemKey key) {
        if (cache.head(key).filter(info -> info.kind() == ItemKind.TABLE).isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> file = cache.policy().tableFile(key);
        if (file.isEmpty()) {
            cache.policy().awaitPersistence();
            file = cache.policy().tableFile(key);
        }
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FileChannel.open(file.get(), StandardOpenOption.READ));
        } catch (IOException replacedMeanwhile) {
            return Optional.empty();
        }
    }

    /** Sends all of {@code file} to {@code out} and closes the file; {@code out} stays open. */
    public static void send(FileChannel file, OutputStream out) throws IOException {
        try (file) {
            WritableByteChannel target = Channels.newChannel(out);
            long size = file.size();
            for (long sent = 0; sent < size; ) {
                sent += file.transferTo(sent, size - sent, target);
            }
        }
        out.flush();
    }
}
