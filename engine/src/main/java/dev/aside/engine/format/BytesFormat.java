package dev.aside.engine.format;

import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A {@code .bin} file as raw bytes. */
final class BytesFormat implements ValueFormat {

    @Override
    public String name() {
        return "bytes";
    }

    @Override
    public List<String> extensions() {
        return List.of(".bin");
    }

    /** The bytes themselves, in one array. */
    @Override
    public long estimateHeapBytes(Path file) {
        return ValueFormat.sizeOf(file);
    }

    @Override
    public Value read(Path file, String name) {
        try {
            return new BytesValue(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
