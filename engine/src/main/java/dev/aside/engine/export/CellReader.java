package dev.aside.engine.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.function.IntToLongFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.columns.Column;

/**
 * Reads one column's cells without boxing where the column type allows, chosen once per column so
 * the per-cell loop of a streamed table has no type tests. Missing values are JSON null, an empty
 * CSV field, or {@code NaN} in text, as pandas prints them.
 */
abstract class CellReader {

    final Column<?> column;

    private CellReader(Column<?> column) {
        this.column = column;
    }

    static CellReader of(Column<?> column) {
        if (column instanceof IntColumn || column instanceof LongColumn || column instanceof ShortColumn) {
            return new WholeNumbers(column);
        }
        if (column instanceof DoubleColumn || column instanceof FloatColumn) {
            return new Decimals(column);
        }
        if (column instanceof BooleanColumn) {
            return new Booleans(column);
        }
        return new Texts(column);
    }

    abstract void writeJson(JsonGenerator json, int row) throws IOException;

    /** The cell as text, or null when missing. */
    abstract String text(int row);

    /** A decimal cell as a double ({@code NaN} when missing); only for {@link #decimalColumn()} columns. */
    double decimal(int row) {
        throw new UnsupportedOperationException(column.name());
    }

    boolean decimalColumn() {
        return false;
    }

    private static final class WholeNumbers extends CellReader {
        private final NumericColumn<?> numbers;
        private final IntToLongFunction value;

        WholeNumbers(Column<?> column) {
            super(column);
            this.numbers = (NumericColumn<?>) column;
            if (column instanceof IntColumn ints) {
                value = ints::getInt;
            } else if (column instanceof LongColumn longs) {
                value = longs::getLong;
            } else {
                ShortColumn shorts = (ShortColumn) column;
                value = shorts::getShort;
            }
        }

        @Override
        void writeJson(JsonGenerator json, int row) throws IOException {
            if (numbers.isMissing(row)) {
                json.writeNull();
            } else {
                json.writeNumber(value.applyAsLong(row));
            }
        }

        @Override
        String text(int row) {
            return numbers.isMissing(row) ? null : Long.toString(value.applyAsLong(row));
        }
    }

    private static final class Decimals extends CellReader {
        private final NumericColumn<?> numbers;

        Decimals(Column<?> column) {
            super(column);
            this.numbers = (NumericColumn<?>) column;
        }

        @Override
        void writeJson(JsonGenerator json, int row) throws IOException {
            double value = numbers.getDouble(row);
            if (numbers.isMissing(row) || Double.isNaN(value) || Double.isInfinite(value)) {
                json.writeNull();
            } else {
                json.writeNumber(value);
            }
        }

        @Override
        String text(int row) {
            return numbers.isMissing(row) ? null : Double.toString(numbers.getDouble(row));
        }

        @Override
        double decimal(int row) {
            return numbers.isMissing(row) ? Double.NaN : numbers.getDouble(row);
        }

        @Override
        boolean decimalColumn() {
            return true;
        }
    }

    private static final class Booleans extends CellReader {
        private final BooleanColumn booleans;

        Booleans(Column<?> column) {
            super(column);
            this.booleans = (BooleanColumn) column;
        }

        @Override
        void writeJson(JsonGenerator json, int row) throws IOException {
            Boolean value = booleans.get(row);
            if (value == null) {
                json.writeNull();
            } else {
                json.writeBoolean(value);
            }
        }

        @Override
        String text(int row) {
            Boolean value = booleans.get(row);
            return value == null ? null : value ? "True" : "False";
        }
    }

    /** Strings, dates, times and instants: ISO-8601 text for the temporal types. */
    private static final class Texts extends CellReader {
        Texts(Column<?> column) {
            super(column);
        }

        @Override
        void writeJson(JsonGenerator json, int row) throws IOException {
            String value = text(row);
            if (value == null) {
                json.writeNull();
            } else {
                json.writeString(value);
            }
        }

        @Override
        String text(int row) {
            if (column.isMissing(row)) {
                return null;
            }
            Object value = column.get(row);
            return value == null ? null : value.toString();
        }
    }
}
