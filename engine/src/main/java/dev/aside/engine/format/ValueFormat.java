package dev.aside.engine.format;

import dev.aside.engine.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decodes one kind of file into a cached {@link Value}. Implementations are stateless and
 * thread-safe; a file that cannot be decoded is a {@link dev.aside.engine.CorruptDataException}
 * naming the file and what is wrong, never a partial value.
 */
public interface ValueFormat {

    /** A short name: {@code parquet}, {@code csv}, {@code json}, {@code bytes}. */
    String name();

    /** Lower-case file name endings this format reads, with the dot: {@code .parquet}. */
    List<String> extensions();

    /** Decodes a complete local file, naming its table and its errors after the file. */
    default Value read(Path file) {
        return read(file, String.valueOf(file.getFileName()));
    }

    /**
     * Decodes a complete local file; {@code name} names its table and its errors. For a cached item
     * the file is an internal copy, so the cache passes the item's key.
     */
    Value read(Path file, String name);

    /**
     * The heap a decode of {@code file} will retain, estimated before decoding so the memory budget
     * can admit it (see {@code DecodeAdmission}). This default is four bytes per file byte: a CSV
     * table's numbers parse into fewer bytes than their text, its strings into about as many plus
     * a dictionary, and Tablesaw briefly holds its column builders at 1.5x.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    default long estimateHeapBytes(Path file) {
        return 4 * sizeOf(file);
    }

    /** The file's length in bytes. */
    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
