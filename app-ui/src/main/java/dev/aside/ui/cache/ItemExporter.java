package dev.aside.ui.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.format.ParquetTableWriter;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a cached value to a file. Tables stream row by row (CSV through Tablesaw, JSON as an array
 * of row objects, Parquet through the engine's writer), so exporting a large item needs no second
 * copy of it in memory.
 */
final class ItemExporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemExporter() {}

    static void export(Value value, ExportFormat format, Path file) {
        if (!ExportFormat.forKind(value.kind()).contains(format)) {
            throw new InvalidParameterException("A " + value.kind().name().toLowerCase() + " item cannot be exported as "
                    + format.name() + ".");
        }
        try {
            switch (format) {
                case CSV -> ((TableValue) value).table().write().csv(file.toFile());
                case PARQUET -> ParquetTableWriter.write(((TableValue) value).table(), file);
                case JSON -> writeJson(value, file);
                case RAW -> Files.write(file, ((BytesValue) value).bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeJson(Value value, Path file) throws IOException {
        if (value instanceof JsonValue json) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json.json());
            return;
        }
        Table table = ((TableValue) value).table();
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator gen = JSON.getFactory().createGenerator(out)) {
            gen.writeStartArray();
            for (int row = 0; row < table.rowCount(); row++) {
                gen.writeStartObject();
                for (Column<?> column : table.columns()) {
                    gen.writeFieldName(column.name());
                    if (column.isMissing(row)) {
                        gen.writeNull();
                    } else if (column instanceof NumberColumn<?, ?> number) {
                        // equals, not ==: Tablesaw's class initialisation can leave a type that is not ColumnType's constant
                        boolean decimal = ColumnType.DOUBLE.equals(column.type()) || ColumnType.FLOAT.equals(column.type());
                        if (decimal) {
                            gen.writeNumber(number.getDouble(row));
                        } else {
                            gen.writeNumber((long) number.getDouble(row));
                        }
                    } else {
                        gen.writeString(column.getString(row));
                    }
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }
}
