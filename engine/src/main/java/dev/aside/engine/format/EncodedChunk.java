package dev.aside.engine.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.PrimitiveType;
import org.xerial.snappy.Snappy;

/**
 * One column chunk (a column's rows in one row group) encoded as compressed Parquet pages, held in
 * memory until its turn to be written: chunks are encoded on several threads but a file holds them
 * in order. Pages are data page v1, as parquet-java writes by default, so every reader takes them.
 */
final class EncodedChunk {

    /** parquet-java's default page row limit, so pages and their column-index entries look as before. */
    static final int PAGE_ROWS = 20_000;
    private static final int NULL_LEVEL = 0;
    private static final int VALUE_LEVEL = 1;

    /** How the non-null values of a range of rows are encoded and summarised. */
    interface PageValues {
        Encoding encoding();

        /** The encoded values of the non-null rows in {@code [from, to)}, {@code count} of them. */
        byte[] encode(int from, int to, int count) throws IOException;

        /** Adds the least and greatest non-null value in {@code [from, to)}. */
        void addMinMax(Statistics<?> statistics, int from, int to);
    }

    /**
     * PLAIN values of a chunk's rows, {@code ids[i]} negative for a null row. Statistics compare the
     * page's values directly: a chunk that is PLAIN has mostly distinct values, so sorting them, as
     * {@link DictionaryIds} does, would cost more than the comparisons.
     */
    abstract static class PlainRows implements PageValues {
        final int[] ids;

        PlainRows(int[] ids) {
            this.ids = ids;
        }

        /** Compares the values of two non-null rows, in the order of Parquet's statistics. */
        abstract int compareRows(int a, int b);

        /** Records the value of non-null row {@code row} in the statistics. */
        abstract void addRow(Statistics<?> statistics, int row);

        @Override
        public Encoding encoding() {
            return Encoding.PLAIN;
        }

        @Override
        public void addMinMax(Statistics<?> statistics, int from, int to) {
            int least = -1;
            int greatest = -1;
            for (int i = from; i < to; i++) {
                if (ids[i] >= 0) {
                    if (least < 0 || compareRows(i, least) < 0) {
                        least = i;
                    }
                    if (greatest < 0 || compareRows(i, greatest) > 0) {
                        greatest = i;
                    }
                }
            }
            addRow(statistics, least);
            addRow(statistics, greatest);
        }
    }

    private record Page(BytesInput bytes, int uncompressedSize, int rows, Statistics<?> statistics,
            Encoding encoding) {
    }

    private final int rows;
    private final DictionaryPage dictionary;
    private final List<Page> pages = new ArrayList<>();

    private EncodedChunk(int rows, DictionaryPage dictionary) {
        this.rows = rows;
        this.dictionary = dictionary;
    }

    /**
     * Encodes {@code ids.length} rows, where {@code ids[i] < 0} marks a null; {@code dictionary}
     * is the PLAIN-encoded dictionary of {@code dictionarySize} values, or null when the values are
     * not dictionary ids.
     */
    static EncodedChunk of(PrimitiveType type, int[] ids, byte[] dictionary, int dictionarySize, PageValues values)
            throws IOException {
        DictionaryPage dictionaryPage = dictionary == null ? null : new DictionaryPage(
                compress(dictionary), dictionary.length, dictionarySize, Encoding.PLAIN_DICTIONARY);
        EncodedChunk chunk = new EncodedChunk(ids.length, dictionaryPage);
        for (int from = 0; from < ids.length; from += PAGE_ROWS) {
            int to = Math.min(ids.length, from + PAGE_ROWS);
            int present = 0;
            for (int i = from; i < to; i++) {
                present += ids[i] >= 0 ? 1 : 0;
            }
            Statistics<?> statistics = Statistics.createStats(type);
            statistics.incrementNumNulls(to - from - present);
            if (present > 0) {
                values.addMinMax(statistics, from, to);
            }
            BytesInput levelBytes = definitionLevels(ids, from, to, present);
            // Data page v1 prefixes RLE definition levels with their length, little-endian.
            byte[] page = BytesInput.concat(BytesInput.fromInt((int) levelBytes.size()), levelBytes,
                    BytesInput.from(values.encode(from, to, present))).toByteArray();
            chunk.pages.add(new Page(compress(page), page.length, to - from, statistics, values.encoding()));
        }
        return chunk;
    }

    /** Run-length/bit-packed levels: 1 for a value, 0 for a null. */
    private static BytesInput definitionLevels(int[] ids, int from, int to, int present) throws IOException {
        if (present == 0 || present == to - from) {
            // One level throughout (the usual page, with no nulls) is a single run: its length, then the level.
            return BytesInput.concat(BytesInput.fromUnsignedVarInt((to - from) << 1),
                    BytesInput.from(new byte[] {(byte) (present == 0 ? NULL_LEVEL : VALUE_LEVEL)}));
        }
        RunLengthBitPackingHybridEncoder levels = new RunLengthBitPackingHybridEncoder(1, 64, 64 * 1024,
                HeapByteBufferAllocator.getInstance());
        for (int i = from; i < to; i++) {
            levels.writeInt(ids[i] >= 0 ? VALUE_LEVEL : NULL_LEVEL);
        }
        return levels.toBytes();
    }

    private static BytesInput compress(byte[] bytes) throws IOException {
        byte[] compressed = new byte[Snappy.maxCompressedLength(bytes.length)];
        int length = Snappy.compress(bytes, 0, bytes.length, compressed, 0);
        return BytesInput.from(compressed, 0, length);
    }

    /** Appends this chunk to the row group {@code file} has open; page checksums are the writer's. */
    void writeTo(ParquetFileWriter file, ColumnDescriptor column) throws IOException {
        file.startColumn(column, rows, CompressionCodecName.SNAPPY);
        if (dictionary != null) {
            file.writeDictionaryPage(dictionary);
        }
        for (Page page : pages) {
            // A flat column has no repetition levels; parquet-java reports BIT_PACKED for them.
            file.writeDataPage(page.rows(), page.uncompressedSize(), page.bytes(), page.statistics(), page.rows(),
                    Encoding.BIT_PACKED, Encoding.RLE, page.encoding());
        }
        file.endColumn();
    }
}
