package dev.aside.engine.format;

import java.io.IOException;
import java.util.function.LongUnaryOperator;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Numbers, booleans, dates and timestamps. Rows are read from Tablesaw as raw {@code long}s (its own
 * packed values, so a missing value is Tablesaw's sentinel), then dictionary-encoded where the
 * chunk has few distinct values, as parquet-java does: that keeps files small (prices, quantities,
 * trade dates repeat) and turns a packed date or timestamp into Parquet's form once per distinct
 * value rather than once per row. Otherwise, and for booleans, values are PLAIN.
 */
final class NumberEncoder extends ColumnEncoder {

    /** Copies {@code into.length} raw values from row {@code firstRow} on. */
    interface RawReader {
        void read(int firstRow, long[] into);
    }

    private static final int NULL_ID = -1;

    private final PlainValues plain;
    private final long missing;
    private final RawReader reader;
    private final LongUnaryOperator toParquet;

    /**
     * {@code missing} is the raw value of a missing cell; {@code toParquet} turns a raw value into the
     * value Parquet stores, as {@link PlainValues} carries it.
     */
    NumberEncoder(PrimitiveType type, long missing, RawReader reader, LongUnaryOperator toParquet) {
        super(type);
        this.plain = PlainValues.of(type.getPrimitiveTypeName());
        this.missing = missing;
        this.reader = reader;
        this.toParquet = toParquet;
    }

    @Override
    EncodedChunk encode(int firstRow, int rows) throws IOException {
        long[] raw = new long[rows];
        reader.read(firstRow, raw);
        int[] ids = new int[rows];
        if (plain != PlainValues.BOOLEAN) {
            EncodedChunk dictionary = dictionaryEncoded(raw, ids);
            if (dictionary != null) {
                return dictionary;
            }
        }
        for (int i = 0; i < rows; i++) {
            if (raw[i] == missing) {
                ids[i] = NULL_ID;
            } else {
                ids[i] = 0;
                raw[i] = toParquet.applyAsLong(raw[i]);
            }
        }
        return EncodedChunk.of(type, ids, null, 0, new Plain(raw, ids));
    }

    /** The chunk with a dictionary, or null when its values are too many or too varied to gain from one. */
    private EncodedChunk dictionaryEncoded(long[] raw, int[] ids) throws IOException {
        LongDictionary dictionary = new LongDictionary(DICTIONARY_BYTES / plain.plainBytes(1));
        int present = 0;
        for (int i = 0; i < raw.length; i++) {
            // A first page of nearly all distinct values (ids, unrounded measurements, timestamps to
            // the millisecond) stops hashing the rest of the chunk for nothing. Rounded prices repeat
            // less within a page than within a chunk, so the bar is high: they keep their dictionary.
            if (i == EncodedChunk.PAGE_ROWS && dictionary.size() > present * 9L / 10) {
                return null;
            }
            if (raw[i] == missing) {
                ids[i] = NULL_ID;
            } else {
                ids[i] = dictionary.idOf(raw[i]);
                if (ids[i] == LongDictionary.FULL) {
                    return null;
                }
                present++;
            }
        }
        int size = dictionary.size();
        int bitWidth = 32 - Integer.numberOfLeadingZeros(Math.max(0, size - 1));
        // parquet-java's test too: a dictionary that does not beat PLAIN is not worth its page.
        if (size == 0 || plain.plainBytes(size) + (long) present * bitWidth / 8 >= plain.plainBytes(present)) {
            return null;
        }
        long[] values = dictionary.values();
        for (int id = 0; id < size; id++) {
            values[id] = toParquet.applyAsLong(values[id]);
        }
        return EncodedChunk.of(type, ids, plain.plain(values, new int[size], 0, size, size), size, new DictionaryIds(ids, size,
                (a, b) -> plain.compare(values[a], values[b]), (statistics, id) -> plain.addTo(statistics, values[id])));
    }

    private final class Plain extends EncodedChunk.PlainRows {
        private final long[] values;

        Plain(long[] values, int[] ids) {
            super(ids);
            this.values = values;
        }

        @Override
        public byte[] encode(int from, int to, int count) {
            return plain.plain(values, ids, from, to, count);
        }

        @Override
        int compareRows(int a, int b) {
            return plain.compare(values[a], values[b]);
        }

        @Override
        void addRow(Statistics<?> statistics, int row) {
            plain.addTo(statistics, values[row]);
        }
    }
}
