package dev.aside.engine.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.format.ParquetTableWriter;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * The one owner of how a cached value looks as JSON, CSV, text or Parquet bytes: the REST answers
 * and the console's export both write through here, so a file saved from the console is byte for
 * byte what {@code format=...} returns. Tables stream row by row (JSON records and CSV in constant
 * memory); JSON arrays and tables honour a {@link RowRange}.
 *
 * <p>Each method writes to {@code out} and flushes it, and leaves it open.
 */
public final class ValueWriter {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final int BUFFER_CHARS = 64 * 1024;

    private ValueWriter() {}

    /** A table as JSON records, a JSON tree (an array paged by {@code range}), or bytes as base64. */
    public static void json(Value value, RowRange range, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json(json, value, range);
        }
    }

    /** The JSON generator of a bare answer or file; closing it flushes {@code out} and leaves it open. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        return TREES.getFactory().createGenerator(new Unclosed(out));
    }

    /** The same JSON inside a caller's document (the REST envelope's {@code value}). */
    public static void json(JsonGenerator json, Value value, RowRange range) throws IOException {
        if (value instanceof TableValue table) {
            TableJson.writeRecords(json, table.table(), range);
        } else if (value instanceof JsonValue tree) {
            writeTree(json, tree.json(), range);
        } else if (value instanceof BytesValue bytes) {
            json.writeBinary(bytes.bytes());
        }
    }

    /** A table as RFC 4180 CSV with a header line and CRLF line ends. */
    public static void csv(Value value, RowRange range, OutputStream out) throws IOException {
        Table table = requireTable(value, "csv");
        Writer writer = writer(out);
        TableCsv.write(writer, table, range);
        writer.flush();
    }

    /** A table as pandas prints it (long tables show their head and tail). */
    public static void text(Value value, RowRange range, OutputStream out) throws IOException {
        Table table = requireTable(value, "text");
        Writer writer = writer(out);
        TableText.write(writer, table, range);
        writer.flush();
    }

    /** A table, or the rows of it in {@code range}, as one snappy Parquet file. */
    public static void parquet(Value value, RowRange range, OutputStream out) throws IOException {
        Table table = requireTable(value, "parquet");
        Table rows = range.isAll() ? table : table.inRange(range.from(table.rowCount()), range.to(table.rowCount()));
        try {
            ParquetTableWriter.write(rows, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The table of {@code value}, or a message naming the kind it is instead.
     *
     * @throws InvalidParameterException when {@code value} is not a table
     */
    public static Table requireTable(Value value, String format) {
        if (value instanceof TableValue table) {
            return table.table();
        }
        throw new InvalidParameterException("format=" + format + " needs a table (DataFrame); this result is a "
                + value.kind().name().toLowerCase(Locale.ROOT) + ". Use format=json.");
    }

    private static void writeTree(JsonGenerator json, JsonNode node, RowRange range) throws IOException {
        if (!node.isArray() || range.isAll()) {
            json.writeTree(node);
            return;
        }
        json.writeStartArray();
        for (int i = range.from(node.size()); i < range.to(node.size()); i++) {
            json.writeTree(node.get(i));
        }
        json.writeEndArray();
    }

    /** A buffered UTF-8 writer over {@code out}; flush it, do not close it. */
    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
    }

    /** Lets a generator close (to flush) without closing the caller's stream. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
