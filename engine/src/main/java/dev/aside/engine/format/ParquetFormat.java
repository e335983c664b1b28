package dev.aside.engine.format;

import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.nio.file.Path;
import java.util.List;

/** A {@code .parquet} file as a table; see {@link ParquetTables} for how it is decoded. */
final class ParquetFormat implements ValueFormat {

    @Override
    public String name() {
        return "parquet";
    }

    /** Only {@code .parquet}: the seed refused {@code .parq}, and its scripts test that refusal. */
    @Override
    public List<String> extensions() {
        return List.of(".parquet");
    }

    @Override
    public Value read(Path file, String name) {
        return new TableValue(ParquetTables.readTable(file, name));
    }
}
