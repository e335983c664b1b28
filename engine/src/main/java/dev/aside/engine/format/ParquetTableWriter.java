package dev.aside.engine.format;

import java.nio.file.Path;
import tech.tablesaw.api.Table;

/** Placeholder until the formats branch lands the writer. */
public final class ParquetTableWriter {

    private ParquetTableWriter() {}

    public static void write(Table table, Path file) {
        throw new UnsupportedOperationException("formats branch");
    }
}
