package dev.aside.engine.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import tech.tablesaw.api.Table;

/**
 * Writes table rows as JSON records ({@code [{"col": value, ...}, ...]}, pandas' {@code orient=records})
 * straight to a generator, so a 10-million-row table streams in constant memory.
 */
final class TableJson {

    private TableJson() {}

    static void writeRecords(JsonGenerator json, Table table, RowRange range) throws IOException {
        json.writeStartArray();
        writeRows(json, table, range.from(table.rowCount()), range.to(table.rowCount()));
        json.writeEndArray();
    }

    /** The records of rows {@code from} (inclusive) to {@code to}, inside an array the caller opened. */
    static void writeRows(JsonGenerator json, Table table, int from, int to) throws IOException {
        int columns = table.columnCount();
        CellReader[] cells = new CellReader[columns];
        SerializableString[] names = new SerializableString[columns];
        for (int c = 0; c < columns; c++) {
            cells[c] = CellReader.of(table.column(c));
            names[c] = new SerializedString(table.column(c).name());
        }
        for (int row = from; row < to; row++) {
            json.writeStartObject();
            for (int c = 0; c < columns; c++) {
                json.writeFieldName(names[c]);
                cells[c].writeJson(json, row);
            }
            json.writeEndObject();
        }
    }
}
