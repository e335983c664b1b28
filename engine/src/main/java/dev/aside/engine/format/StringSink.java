package dev.aside.engine.format;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * distinct value per chunk, not once per row.
 */
final class StringSink extends ColumnSink {

    private static final int MISSING = -1;

    private final int[] codes;
    private final List<Chunk> chunks = new ArrayList<>();

    StringSink(ColumnDescriptor column, int rows) {
        super(column);
        this.codes = new int[rows];
    }

    /** The rows one column chunk filled and the values its ids point to. */
    private static final class Chunk implements PageDecoder {
        private final int[] codes;
        /** Ids below the dictionary's size are dictionary ids; plain-encoded values follow. */
        private final String[] dictionary;
        private final ByteStringIds plain = new ByteStringIds();
        private int firstRow = -1;
        private int endRow;

        Chunk(int[] codes, Dictionary dictionary) {
            this.codes = codes;
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
            for (int i = 0; i < count; i++) {
                if (levels[i] != maxLevel) {
                    codes[row + i] = MISSING;
                } else if (dictionaryIds) {
                    codes[row + i] = in.readValueDictionaryId();
                } else {
                    codes[row + i] = dictionary.length + plain.idOf(in.readBytes().toByteBuffer());
                }
            }
        }

        int valueCount() {
            return dictionary.length + plain.size();
        }

        String value(int id) {
            return id < dictionary.length ? dictionary[id] : plain.string(id - dictionary.length);
        }
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        Chunk chunk = new Chunk(codes, dictionary);
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
        // Chunks in row order, so column-wide ids follow first appearance, as Tablesaw numbers them.
        chunks.sort((a, b) -> Integer.compare(a.firstRow, b.firstRow));
        for (Chunk chunk : chunks) {
            if (chunk.firstRow < 0) {
                continue;
            }
            int[] renumbered = new int[chunk.valueCount()];
            Arrays.fill(renumbered, Integer.MIN_VALUE);
            for (int row = chunk.firstRow; row < chunk.endRow; row++) {
                int id = codes[row];
                if (id == MISSING) {
                    continue;
                }
                if (renumbered[id] == Integer.MIN_VALUE) {
                    renumbered[id] = columnId(chunk.value(id), dictionary, columnIds);
                }
                codes[row] = renumbered[id];
            }
        }
        return DictionaryStringColumns.create(name, codes, dictionary);
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
