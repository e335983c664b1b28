package dev.aside.rest.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.export.CachedParquetFile;
import dev.aside.engine.export.ResultWriter;
import dev.aside.engine.export.RowRange;
import dev.aside.engine.export.ValueWriter;
import dev.aside.engine.sql.SqlCursor;
import dev.aside.engine.value.Value;
import dev.aside.rest.ApiJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends a {@link Reply}: in the seed's envelope ({@code {"return": {"uri", "path", "value"}}}) or,
 * with {@code format}, as a bare JSON, CSV, Parquet or text body. Tables and JSON arrays honour the
 * {@link RowRange}; JSON and CSV are streamed to the response, so no body is ever built as one string.
 * Everything that can fail is checked before the first byte is written.
 */
public final class ReplyWriter {

    /** The seed's endpoint, echoed in every envelope. */
    public static final String SEED_URI = "/cache/api/v1.0/";

    private ReplyWriter() {}

    public static void envelope(Context ctx, String path, Reply reply, RowRange range) throws IOException {
        ctx.contentType(ApiJson.CONTENT_TYPE);
        try (JsonGenerator json = ApiJson.FACTORY.createGenerator(ctx.outputStream())) {
            json.writeStartObject();
            json.writeObjectFieldStart("return");
            json.writeStringField("uri", SEED_URI);
            json.writeStringField("path", path);
            json.writeFieldName("value");
            writeJson(json, reply, range);
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** A REST resource's body: plain JSON of {@code body}. */
    public static void json(Context ctx, Object body) throws IOException {
        ctx.contentType(ApiJson.CONTENT_TYPE);
        try (JsonGenerator json = ApiJson.FACTORY.createGenerator(ctx.outputStream())) {
            json.writeObject(body);
        }
    }

    public static void bare(Context ctx, Reply reply, OutputFormat format, RowRange range) throws IOException {
        if (reply instanceof Reply.RowsReply rows) {
            rows(ctx, rows, format);
            return;
        }
        if (reply instanceof Reply.ObjectReply object) {
            if (format != OutputFormat.JSON) {
                throw new InvalidParameterException("format=" + format.parameterValue()
                        + " needs a table (DataFrame); this result is not a table. Use format=json.");
            }
            json(ctx, object.body());
            return;
        }
        if (reply instanceof Reply.ParquetFileReply file) {
            ctx.contentType(format.contentType());
            try (OutputStream out = ctx.outputStream()) {
                CachedParquetFile.send(file.file(), out);
            }
            return;
        }
        Value value = ((Reply.ValueReply) reply).value();
        if (format != OutputFormat.JSON) {
            ValueWriter.requireTable(value, format.parameterValue()); // before the first byte, so a 400 can still be sent
        }
        ctx.contentType(format.contentType());
        try (OutputStream out = ctx.outputStream()) {
            switch (format) {
                case JSON -> ValueWriter.json(value, range, out);
                case CSV -> ValueWriter.csv(value, range, out);
                case TEXT -> ValueWriter.text(value, range, out);
                case PARQUET -> ValueWriter.parquet(value, range, out);
                default -> throw new IllegalStateException(format.name());
            }
        }
    }

    private static void rows(Context ctx, Reply.RowsReply reply, OutputFormat format) throws IOException {
        try (SqlCursor rows = reply.rows()) {
            if (format != OutputFormat.JSON && format != OutputFormat.CSV) {
                throw new IllegalStateException("rows are streamed as JSON or CSV only, not " + format);
            }
            ctx.contentType(format.contentType());
            try (OutputStream out = ctx.outputStream()) {
                if (format == OutputFormat.CSV) {
                    ResultWriter.csv(rows, out);
                } else {
                    ResultWriter.json(rows, out);
                }
            }
        }
    }

    private static void writeJson(JsonGenerator json, Reply reply, RowRange range) throws IOException {
        if (reply instanceof Reply.RowsReply rows) {
            try (SqlCursor cursor = rows.rows()) {
                ResultWriter.json(json, cursor);
            }
            return;
        }
        if (reply instanceof Reply.ObjectReply object) {
            json.writeObject(object.body());
            return;
        }
        ValueWriter.json(json, ((Reply.ValueReply) reply).value(), range);
    }
}
