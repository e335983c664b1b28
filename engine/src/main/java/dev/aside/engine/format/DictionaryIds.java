package dev.aside.engine.format;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.io.IOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;

/**
 * A chunk's rows as ids into its dictionary (ids in first-appearance order, as parquet-java numbers
 * them), encoded as the bit width of the largest id followed by the ids run-length/bit-packed.
 *
 * <p>Statistics come from ranks: the dictionary is sorted once per chunk, then a page's least and
 * greatest value are its least and greatest rank, an int comparison per row instead of comparing
 * values (strings especially).
 */
final class DictionaryIds implements EncodedChunk.PageValues {

    /** Records dictionary entry {@code id} in the statistics. */
    interface EntryStatistics {
        void add(Statistics<?> statistics, int id);
    }

    private final int[] ids;
    private final int bitWidth;
    private final int[] rankOfId;
    private final int[] idOfRank;
    private final EntryStatistics entries;

    /** {@code order} compares two dictionary entries by id, in the order of Parquet's statistics. */
    DictionaryIds(int[] ids, int size, IntComparator order, EntryStatistics entries) {
        this.ids = ids;
        this.bitWidth = 32 - Integer.numberOfLeadingZeros(Math.max(0, size - 1));
        this.entries = entries;
        idOfRank = new int[size];
        for (int id = 0; id < size; id++) {
            idOfRank[id] = id;
        }
        IntArrays.quickSort(idOfRank, order);
        rankOfId = new int[size];
        for (int rank = 0; rank < size; rank++) {
            rankOfId[idOfRank[rank]] = rank;
        }
    }

    @Override
    public Encoding encoding() {
        return Encoding.PLAIN_DICTIONARY;
    }

    @Override
    public byte[] encode(int from, int to, int count) throws IOException {
        RunLengthBitPackingHybridEncoder encoder = new RunLengthBitPackingHybridEncoder(bitWidth, 64,
                64 * 1024, HeapByteBufferAllocator.getInstance());
        for (int i = from; i < to; i++) {
            if (ids[i] >= 0) {
                encoder.writeInt(ids[i]);
            }
        }
        return BytesInput.concat(BytesInput.from(new byte[] {(byte) bitWidth}), encoder.toBytes()).toByteArray();
    }

    @Override
    public void addMinMax(Statistics<?> statistics, int from, int to) {
        int least = Integer.MAX_VALUE;
        int greatest = -1;
        for (int i = from; i < to; i++) {
            if (ids[i] >= 0) {
                int rank = rankOfId[ids[i]];
                least = Math.min(least, rank);
                greatest = Math.max(greatest, rank);
            }
        }
        entries.add(statistics, idOfRank[least]);
        entries.add(statistics, idOfRank[greatest]);
    }
}
