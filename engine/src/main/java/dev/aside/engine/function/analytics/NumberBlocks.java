package dev.aside.engine.function.analytics;

import dev.aside.engine.InvalidParameterException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * Reads a numeric column a block at a time into a {@code double[]}, missing values as NaN. One
 * subclass per column type keeps each read loop's call monomorphic, which lets the JIT inline it.
 */
abstract class NumberBlocks {

    /** Writes rows {@code [from, from + n)} into {@code out[0..n)}. */
    abstract void fill(int from, int n, double[] out);

    /** True for whole-number columns, whose sums, minima and maxima are reported as whole numbers. */
    abstract boolean integral();

    static NumberBlocks of(Column<?> column) {
        if (column instanceof DoubleColumn doubles) {
            return new Doubles(doubles);
        }
        if (column instanceof LongColumn longs) {
            return new Longs(longs);
        }
        if (column instanceof IntColumn ints) {
            return new Ints(ints);
        }
        if (column instanceof NumericColumn<?> numbers) {
            return new AnyNumber(numbers);
        }
        throw new InvalidParameterException("Column '" + column.name() + "' is " + column.type().name()
                + ", not a number; only count works on it.");
    }

    private static final class Doubles extends NumberBlocks {
        private final DoubleColumn column;

        Doubles(DoubleColumn column) {
            this.column = column;
        }

        @Override
        void fill(int from, int n, double[] out) {
            for (int j = 0; j < n; j++) {
                out[j] = column.getDouble(from + j);
            }
        }

        @Override
        boolean integral() {
            return false;
        }
    }

    private static final class Longs extends NumberBlocks {
        private final LongColumn column;

        Longs(LongColumn column) {
            this.column = column;
        }

        @Override
        void fill(int from, int n, double[] out) {
            for (int j = 0; j < n; j++) {
                long value = column.getLong(from + j);
                out[j] = value == Long.MIN_VALUE ? Double.NaN : value;
            }
        }

        @Override
        boolean integral() {
            return true;
        }
    }

    private static final class Ints extends NumberBlocks {
        private final IntColumn column;

        Ints(IntColumn column) {
            this.column = column;
        }

        @Override
        void fill(int from, int n, double[] out) {
            for (int j = 0; j < n; j++) {
                int value = column.getInt(from + j);
                out[j] = value == Integer.MIN_VALUE ? Double.NaN : value;
            }
        }

        @Override
        boolean integral() {
            return true;
        }
    }

    private static final class AnyNumber extends NumberBlocks {
        private final NumericColumn<?> column;

        AnyNumber(NumericColumn<?> column) {
            this.column = column;
        }

        @Override
        void fill(int from, int n, double[] out) {
            for (int j = 0; j < n; j++) {
                out[j] = column.getDouble(from + j);
            }
        }

        @Override
        boolean integral() {
            return false;
        }
    }
}
