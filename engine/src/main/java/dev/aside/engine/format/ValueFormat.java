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

    /** Decodes a complete local file. */
    Value read(Path file);
}
