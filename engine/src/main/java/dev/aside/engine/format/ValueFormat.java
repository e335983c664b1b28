package dev.aside.engine.format;

import dev.aside.engine.value.Value;
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
}
