package dev.aside.engine.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.KeyValue;
import org.apache.parquet.format.Util;

/**
 * Reads and adds key-value entries in a Parquet file's footer, the place readers (pandas, DuckDB,
 * Spark) already keep facts about a file and ignore what they do not know.
 *
 * <p>Why the footer can be rewritten in place: a Parquet file is {@code PAR1}, the column data, the
 * footer, the footer's length and {@code PAR1} again, and the footer addresses the data by absolute
 * offsets. Cutting the file at the footer and appending a new footer leaves every data page where
 * it was, so a downloaded file keeps its bytes and gains the entries. The footer is decoded and
 * encoded as the raw Thrift structure, so nothing else in it changes.
 *
 * <p>Stateless and thread-safe; a file must not be written by two callers at once. Files with an
 * encrypted footer ({@code PARE}) are refused as unreadable.
 */
public final class ParquetFooterTags {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int TAIL = 8; // footer length (4 bytes, little-endian) and the magic

    private ParquetFooterTags() {
    }

    /**
     * Adds {@code tags} to the footer of {@code file} (replacing entries with the same key) and forces
     * the file to disk.
     *
     * @throws IOException when the file cannot be read or written, or is not a plain Parquet file
     */
    public static void add(Path file, Map<String, String> tags) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long footerStart = footerStart(channel);
            FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(
                    readFully(channel, footerStart, (int) (channel.size() - TAIL - footerStart))));

            Map<String, String> merged = new LinkedHashMap<>();
            if (footer.isSetKey_value_metadata()) {
                footer.getKey_value_metadata().forEach(kv -> merged.put(kv.getKey(), kv.getValue()));
            }
            merged.putAll(tags);
            footer.setKey_value_metadata(merged.entrySet().stream()
                    .map(e -> new KeyValue(e.getKey()).setValue(e.getValue())).toList());
            ByteArrayOutputStream encoded = new ByteArrayOutputStream();
            Util.writeFileMetaData(footer, encoded);
            ByteBuffer tail = ByteBuffer.allocate(encoded.size() + TAIL).order(ByteOrder.LITTLE_ENDIAN);
            tail.put(encoded.toByteArray()).putInt(encoded.size()).put(MAGIC).flip();
            channel.truncate(footerStart);
            while (tail.hasRemaining()) {
                channel.write(tail, channel.size());
            }
            channel.force(true);
        }
    }

    /**
     * The footer's key-value entries; empty when it has none.
     *
     * @throws IOException when the file cannot be read or is not a plain Parquet file
     */
    public static Map<String, String> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long footerStart = footerStart(channel);
            FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(
                    readFully(channel, footerStart, (int) (channel.size() - TAIL - footerStart))), true);
            Map<String, String> tags = new LinkedHashMap<>();
            if (footer.isSetKey_value_metadata()) {
                footer.getKey_value_metadata().forEach(kv -> tags.put(kv.getKey(), kv.getValue()));
            }
            return tags;
        }
    }

    private static long footerStart(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < MAGIC.length + TAIL) {
            throw new IOException("too short to be a Parquet file (" + size + " bytes)");
        }
        ByteBuffer tail = ByteBuffer.wrap(readFully(channel, size - TAIL, TAIL)).order(ByteOrder.LITTLE_ENDIAN);
        int length = tail.getInt();
        byte[] magic = new byte[MAGIC.length];
        tail.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("no plain Parquet footer at the end of the file");
        }
        long start = size - TAIL - length;
        if (length <= 0 || start < MAGIC.length) {
            throw new IOException("the footer length " + length + " does not fit the file (" + size + " bytes)");
        }
        return start;
    }

    private static byte[] readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ends early");
            }
        }
        return buffer.array();
    }
}
