package dev.aside.engine.export;

import java.io.IOException;
import java.io.Writer;
import tech.tablesaw.api.Table;

/** Writes table rows as RFC 4180 CSV with a header line, streaming row by row. */
final class TableCsv {

    private TableCsv() {}

    static void write(Writer out, Table table, RowRange range) throws IOException {
        writeHeader(out, table);
        writeRows(out, table, range.from(table.rowCount()), range.to(table.rowCount()));
    }

    /** The header line: the column names. */
    static void writeHeader(Writer out, Table table) throws IOException {
        for (int c = 0; c < table.columnCount(); c++) {
            if (c > 0) {
                out.write(',');
            }
            writeField(out, table.column(c).name());
        }
        out.write("\r\n");
    }

    /** The lines of rows {@code from} (inclusive) to {@code to}. */
    static void writeRows(Writer out, Table table, int from, int to) throws IOException {
        int columns = table.columnCount();
        CellReader[] cells = new CellReader[columns];
        for (int c = 0; c < columns; c++) {
            cells[c] = CellReader.of(table.column(c));
        }
        for (int row = from; row < to; row++) {
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    out.write(',');
                }
                String value = cells[c].text(row);
                if (value != null) {
                    writeField(out, value);
                }
            }
            out.write("\r\n");
        }
    }

    private static void writeField(Writer out, String value) throws IOException {
        boolean quote = value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}
