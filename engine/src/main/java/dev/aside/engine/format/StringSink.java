package dev.aside.engine.format;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.values.ValuesReader;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * UTF-8 byte arrays into a {@link StringColumn}. Hashing ten million strings is what makes generic
 * readers slow, so rows are kept as ids: while decoding, an id into the chunk's own value list (its
 * Parquet dictionary, then any plain-encoded values); at the end each chunk's ids are renumbered into
 * one column-wide dictionary that becomes Tablesaw's dictionary map as is. A string is made once per
 * distinct value per chunk dictionary, not once per row.
 *
 * <p>Plain-encoded values (DuckDB writes a high-cardinality column that way, in row groups of 122,880
 * rows: 82 chunks for 10 million rows) get their ids from one table per decoding thread, shared by
 * the chunks that thread decodes, so each distinct value is made into a String and merged once per
 * thread rather than once per chunk: a 50,000-value column costs 100,000 strings, not 3.8 million.
 */
final class StringSink extends ColumnSink {

    private static final int MISSING = -1;

    private final int[] codes;
    private final List<Chunk> chunks = new ArrayList<>();
    /** Each table is only changed by its thread; {@link #toColumn()} reads them after every decode ended. */
    private final Map<Thread, ByteStringIds> plainIdsByThread = new ConcurrentHashMap<>();

    StringSink(ColumnDescriptor column, int rows) {
        super(column);
        this.codes = new int[rows];
    }

    /** The rows one column chunk filled and the values its ids point to. */
    private static final class Chunk implements PageDecoder {
        private final int[] codes;
        /** Ids below the dictionary's size are dictionary ids; plain-encoded values follow. */
        private final String[] dictionary;
        /** The decoding thread's table, shared with the other chunks it decodes of this column. */
        private final ByteStringIds plain;
        private int firstRow = -1;
        private int endRow;

        Chunk(int[] codes, Dictionary dictionary, ByteStringIds plain) {
            this.codes = codes;
            this.plain = plain;
            this.dictionary = new String[dictionary == null ? 0 : dictionary.getMaxId() + 1];
            for (int id = 0; id < this.dictionary.length; id++) {
                this.dictionary[id] = dictionary.decodeToBinary(id).toStringUsingUTF8();
            }
        }

        @Override
        public void decode(int[] levels, int maxLevel, ValuesReader in, boolean dictionaryIds, int row, int count) {
            if (firstRow < 0) {
                firstRow = row;
            }
            endRow = row + count;
            PlainPageValues inPlace = in instanceof PlainPageValues page ? page : null;
            for (int i = 0; i < count; i++) {
                if (levels[i] != maxLevel) {
                    codes[row + i] = MISSING;
                } else if (dictionaryIds) {
                    codes[row + i] = in.readValueDictionaryId();
                } else if (inPlace != null) {
                    codes[row + i] = dictionary.length + inPlace.readBytesId(plain);
                } else {
                    codes[row + i] = dictionary.length + plain.idOf(in.readBytes().toByteBuffer());
                }
            }
        }
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        Chunk chunk = new Chunk(codes, dictionary,
                plainIdsByThread.computeIfAbsent(Thread.currentThread(), thread -> new ByteStringIds()));
        synchronized (chunks) {
            chunks.add(chunk);
        }
        return chunk;
    }

    @Override
    Column<?> toColumn() {
        List<String> dictionary = new ArrayList<>();
        Object2IntOpenHashMap<String> columnIds = new Object2IntOpenHashMap<>();
        columnIds.defaultReturnValue(MISSING);
        Map<ByteStringIds, int[]> plainColumnIds = new IdentityHashMap<>();
        // Chunks in row order, so column-wide ids follow first appearance, as Tablesaw numbers them.
        chunks.sort((a, b) -> Integer.compare(a.firstRow, b.firstRow));
        for (Chunk chunk : chunks) {
            if (chunk.firstRow < 0) {
                continue;
            }
            int[] fromDictionary = unset(chunk.dictionary.length);
            int[] fromPlain = plainColumnIds.computeIfAbsent(chunk.plain, plain -> unset(plain.size()));
            for (int row = chunk.firstRow; row < chunk.endRow; row++) {
                int id = codes[row];
                if (id == MISSING) {
                    continue;
                }
                if (id < fromDictionary.length) {
                    if (fromDictionary[id] == UNSET) {
                        fromDictionary[id] = columnId(chunk.dictionary[id], dictionary, columnIds);
                    }
                    codes[row] = fromDictionary[id];
                } else {
                    int plainId = id - fromDictionary.length;
                    if (fromPlain[plainId] == UNSET) {
                        fromPlain[plainId] = columnId(chunk.plain.string(plainId), dictionary, columnIds);
                    }
                    codes[row] = fromPlain[plainId];
                }
            }
        }
        plainIdsByThread.clear();
        return DictionaryStringColumns.create(name, codes, dictionary);
    }

    private static final int UNSET = Integer.MIN_VALUE;

    private static int[] unset(int length) {
        int[] ids = new int[length];
        Arrays.fill(ids, UNSET);
        return ids;
    }

    /** Tablesaw treats "" as missing, so an empty Parquet string reads as missing too. */
    private static int columnId(String value, List<String> dictionary, Object2IntOpenHashMap<String> columnIds) {
        if (value.isEmpty()) {
            return MISSING;
        }
        int id = columnIds.getInt(value);
        if (id == MISSING) {
            id = dictionary.size();
            dictionary.add(value);
            columnIds.put(value, id);
        }
        return id;
    }
}
