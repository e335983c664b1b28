package dev.aside.engine.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aside.engine.sql.SqlCursor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import tech.tablesaw.api.Table;

/**
 * Writes a running query's rows as JSON records or CSV while DuckDB produces them, so a result of
 * millions of rows is never one Java table: it is taken in batches of {@link #BATCH_ROWS}, each
 * written by the same row writers as a cached table ({@link ValueWriter}), so a streamed answer and
 * the same rows cached look alike byte for byte.
 *
 * <p>Paging is the query's own ({@code LIMIT}/{@code OFFSET}); every row the cursor gives is written.
 */
public final class ResultWriter {

    /** Large enough that per-batch column set-up is noise, small enough to be a few MB of heap. */
    private static final int BATCH_ROWS = 16_384;

    private ResultWriter() {}

    /** The rows as a JSON array of records, inside a caller's document (the REST envelope) or alone. */
    public static void json(JsonGenerator json, SqlCursor rows) throws IOException {
        json.writeStartArray();
        for (Table batch = rows.nextRows("sql", BATCH_ROWS); !batch.isEmpty(); batch = rows.nextRows("sql", BATCH_ROWS)) {
            TableJson.writeRows(json, batch, 0, batch.rowCount());
        }
        json.writeEndArray();
    }

    /** The rows alone as a JSON array of records (a file, or REST's {@code format=json}); flushes {@code out}, leaves it open. */
    public static void json(SqlCursor rows, OutputStream out) throws IOException {
        try (JsonGenerator json = ValueWriter.generator(out)) {
            json(json, rows);
        }
    }

    /** The rows as RFC 4180 CSV with a header line and CRLF line ends; flushes {@code out}, leaves it open. */
    public static void csv(SqlCursor rows, OutputStream out) throws IOException {
        Writer writer = ValueWriter.writer(out);
        Table batch = rows.nextRows("sql", BATCH_ROWS);
        TableCsv.writeHeader(writer, batch);
        for (; !batch.isEmpty(); batch = rows.nextRows("sql", BATCH_ROWS)) {
            TableCsv.writeRows(writer, batch, 0, batch.rowCount());
        }
        writer.flush();
    }
}
