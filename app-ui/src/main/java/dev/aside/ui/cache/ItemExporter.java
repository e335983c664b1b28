package dev.aside.ui.cache;

import dev.aside.engine.Cache;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.export.CachedParquetFile;
import dev.aside.engine.export.RowRange;
import dev.aside.engine.export.ValueWriter;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.Value;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a cached item to a file through the engine's {@link ValueWriter}, so the file holds the
 * same bytes the REST API answers with {@code format=...}; a whole table as Parquet is its disk-tier
 * file copied as it is, as REST sends it.
 */
final class ItemExporter {

    private ItemExporter() {}

    static void export(Cache cache, ItemKey key, ExportFormat format, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            if (format == ExportFormat.PARQUET) {
                Optional<FileChannel> diskFile = CachedParquetFile.open(cache, key);
                if (diskFile.isPresent()) {
                    CachedParquetFile.send(diskFile.get(), out);
                    return;
                }
            }
            Value value = cache.peek(key).orElseThrow(() -> ItemNotFoundException.notCached(key)).value(); // looking, not using
            if (!ExportFormat.forKind(value.kind()).contains(format)) {
                throw new InvalidParameterException("A " + value.kind().name().toLowerCase() + " item cannot be exported as "
                        + format.name() + ".");
            }
            switch (format) {
                case CSV -> ValueWriter.csv(value, RowRange.ALL, out);
                case PARQUET -> ValueWriter.parquet(value, RowRange.ALL, out);
                case JSON -> ValueWriter.json(value, RowRange.ALL, out);
                case RAW -> out.write(((BytesValue) value).bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
