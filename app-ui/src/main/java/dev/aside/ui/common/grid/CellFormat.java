package dev.aside.ui.common.grid;

import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * How one grid column writes its cells: whole numbers with thousands separators, decimals with as
 * many fixed places as the column's first rows need (at most {@link #MAX_DECIMALS}, so a column's
 * points line up), missing values as {@link #NULL}, anything else as the column's own text.
 */
final class CellFormat {

    static final String NULL = "NULL";
    /** Beyond six places a price or rate shows noise from binary floating point, not information. */
    static final int MAX_DECIMALS = 6;
    /** Enough rows to find a column's usual precision without a pass over millions of rows. */
    private static final int SAMPLED_ROWS = 1_000;

    private final Column<?> column;
    private final boolean numeric;
    private final String pattern;

    CellFormat(Column<?> column) {
        this.column = column;
        this.numeric = column instanceof NumericColumn<?>;
        boolean decimal = column instanceof DoubleColumn || column instanceof FloatColumn;
        this.pattern = decimal ? "%,." + decimalsOf((NumericColumn<?>) column) + "f" : null;
    }

    /** Numbers are right-aligned so their digits line up. */
    boolean rightAligned() {
        return numeric;
    }

    String text(int row) {
        if (column.isMissing(row)) {
            return NULL;
        }
        if (!numeric) {
            return column.getString(row);
        }
        NumericColumn<?> numbers = (NumericColumn<?>) column;
        return pattern != null ? String.format(Locale.ROOT, pattern, numbers.getDouble(row))
                : String.format(Locale.ROOT, "%,d", (long) numbers.getDouble(row));
    }

    private static int decimalsOf(NumericColumn<?> numbers) {
        int decimals = 0;
        for (int row = 0; row < Math.min(numbers.size(), SAMPLED_ROWS) && decimals < MAX_DECIMALS; row++) {
            double x = numbers.getDouble(row);
            if (!Double.isNaN(x) && !Double.isInfinite(x)) {
                String plain = java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
                int dot = plain.indexOf('.');
                decimals = Math.max(decimals, dot < 0 ? 0 : plain.length() - dot - 1);
            }
        }
        return Math.min(decimals, MAX_DECIMALS);
    }
}
