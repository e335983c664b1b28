package dev.aside.rest.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.format.ParquetTableWriter;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import dev.aside.rest.ApiJson;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import tech.tablesaw.api.Table;

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
        if (format == OutputFormat.JSON) {
            ctx.contentType(format.contentType());
            try (JsonGenerator json = ApiJson.FACTORY.createGenerator(ctx.outputStream())) {
                writeJson(json, reply, range);
            }
            return;
        }
        if (reply instanceof Reply.ParquetFileReply file) {
            ctx.contentType(format.contentType());
            sendFile(file.file(), ctx.outputStream());
            return;
        }
        Table table = requireTable(reply, format);
        ctx.contentType(format.contentType());
        switch (format) {
            case CSV -> {
                try (Writer out = writer(ctx.outputStream())) {
                    TableCsv.write(out, table, range);
                }
            }
            case TEXT -> {
                try (Writer out = writer(ctx.outputStream())) {
                    TableText.write(out, table, range);
                }
            }
            case PARQUET -> writeParquet(ctx.outputStream(), slice(table, range));
            default -> throw new IllegalStateException(format.name());
        }
    }

    private static void writeJson(JsonGenerator json, Reply reply, RowRange range) throws IOException {
        if (reply instanceof Reply.ObjectReply object) {
            json.writeObject(object.body());
            return;
        }
        Value value = ((Reply.ValueReply) reply).value();
        if (value instanceof TableValue table) {
            TableJson.writeRecords(json, table.table(), range);
        } else if (value instanceof JsonValue tree) {
            writeTree(json, tree.json(), range);
        } else if (value instanceof BytesValue bytes) {
            json.writeBinary(bytes.bytes());
        }
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

    private static Table requireTable(Reply reply, OutputFormat format) {
        if (reply instanceof Reply.ValueReply value && value.value() instanceof TableValue table) {
            return table.table();
        }
        String what = reply instanceof Reply.ValueReply value ? "a " + value.value().kind().name().toLowerCase()
                : "not a table";
        throw new InvalidParameterException("format=" + format.parameterValue() + " needs a table (DataFrame); this result is "
                + what + ". Use format=json.");
    }

    private static Table slice(Table table, RowRange range) {
        return range.isAll() ? table : table.inRange(range.from(table.rowCount()), range.to(table.rowCount()));
    }

    private static void writeParquet(OutputStream out, Table table) throws IOException {
        try (out) {
            ParquetTableWriter.write(table, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void sendFile(FileChannel file, OutputStream out) throws IOException {
        try (file; out) {
            WritableByteChannel target = Channels.newChannel(out);
            long size = file.size();
            for (long sent = 0; sent < size; ) {
                sent += file.transferTo(sent, size - sent, target);
            }
        }
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }
}
