package dev.aside.engine.function.analytics;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * Gives each row of a group-by column a small integer code in {@code [0, range)}, so grouping works
 * on int arrays instead of row objects. A string column reuses the codes Tablesaw already keeps in
 * its dictionary; other columns are coded once through a primitive hash map of their values.
 */
abstract class GroupCodes {

    /** Rows coded per call of {@link #fill}: big enough to amortise the call, small enough for L1. */
    static final int BLOCK = 4096;

    abstract int range();

    /** Writes the codes of rows {@code [from, from + n)} into {@code codes[0..n)}. */
    abstract void fill(int from, int n, int[] codes);

    static GroupCodes of(Column<?> column) {
        return column instanceof StringColumn strings ? new DictionaryCodes(strings.getDictionary(), column.size())
                : Precomputed.hash(column);
    }

    /** Codes of several columns combined into one code per distinct combination. */
    static GroupCodes combine(GroupCodes[] keys, int rows) {
        long[] composite = new long[rows];
        int[] block = new int[BLOCK];
        for (GroupCodes key : keys) {
            for (int from = 0; from < rows; from += BLOCK) {
                int n = Math.min(BLOCK, rows - from);
                key.fill(from, n, block);
                for (int j = 0; j < n; j++) {
                    composite[from + j] = composite[from + j] * key.range() + block[j];
                }
            }
        }
        return Precomputed.densify(composite);
    }

    /** Tablesaw's dictionary keys, shifted to start at zero. */
    private static final class DictionaryCodes extends GroupCodes {
        private final DictionaryMap dictionary;
        private final int min;
        private final int range;

        DictionaryCodes(DictionaryMap dictionary, int rows) {
            this.dictionary = dictionary;
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int row = 0; row < rows; row++) {
                int key = dictionary.getKeyForIndex(row);
                lo = Math.min(lo, key);
                hi = Math.max(hi, key);
            }
            this.min = rows == 0 ? 0 : lo;
            this.range = rows == 0 ? 0 : hi - lo + 1;
        }

        @Override
        int range() {
            return range;
        }

        @Override
        void fill(int from, int n, int[] codes) {
            for (int j = 0; j < n; j++) {
                codes[j] = dictionary.getKeyForIndex(from + j) - min;
            }
        }
    }

    /** Codes computed up front, for columns without a dictionary and for combined keys. */
    private static final class Precomputed extends GroupCodes {
        private final int[] codes;
        private final int range;

        private Precomputed(int[] codes, int range) {
            this.codes = codes;
            this.range = range;
        }

        static Precomputed hash(Column<?> column) {
            long[] bits = new long[column.size()];
            if (column instanceof NumericColumn<?> numbers) {
                for (int row = 0; row < bits.length; row++) {
                    bits[row] = Double.doubleToLongBits(numbers.getDouble(row));
                }
            } else if (column instanceof DateColumn dates) {
                for (int row = 0; row < bits.length; row++) {
                    bits[row] = dates.getIntInternal(row);
                }
            } else if (column instanceof BooleanColumn booleans) {
                for (int row = 0; row < bits.length; row++) {
                    bits[row] = booleans.getByte(row);
                }
            } else {
                Map<String, Integer> seen = new HashMap<>();
                for (int row = 0; row < bits.length; row++) {
                    bits[row] = seen.computeIfAbsent(column.getString(row), s -> seen.size());
                }
            }
            return densify(bits);
        }

        static Precomputed densify(long[] values) {
            Long2IntOpenHashMap dense = new Long2IntOpenHashMap();
            dense.defaultReturnValue(-1);
            int[] codes = new int[values.length];
            for (int row = 0; row < values.length; row++) {
                int code = dense.putIfAbsent(values[row], dense.size());
                codes[row] = code < 0 ? dense.size() - 1 : code;
            }
            return new Precomputed(codes, dense.size());
        }

        @Override
        int range() {
            return range;
        }

        @Override
        void fill(int from, int n, int[] out) {
            System.arraycopy(codes, from, out, 0, n);
        }
    }
}
