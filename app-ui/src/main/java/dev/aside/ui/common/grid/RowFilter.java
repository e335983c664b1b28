package dev.aside.ui.common.grid;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * The preview's simple filter on one column: a comparison ({@code >}, {@code >=}, {@code <},
 * {@code <=}, {@code =}, {@code !=}) against a number for numeric columns or text otherwise, or a
 * case-insensitive "contains".
 */
record RowFilter(Column<?> column, String operator, String operand) {

    static final RowFilter NONE = new RowFilter(null, "", "");

    static RowFilter parse(Column<?> column, String expression) {
        String text = expression == null ? "" : expression.strip();
        if (column == null || text.isEmpty()) {
            return NONE;
        }
        for (String op : new String[] {">=", "<=", "!=", ">", "<", "="}) {
            if (text.startsWith(op)) {
                return new RowFilter(column, op, text.substring(op.length()).strip());
            }
        }
        return new RowFilter(column, "contains", text.toLowerCase(Locale.ROOT));
    }

    /** The matching rows in table order; stops early (returning what it has) when cancelled. */
    int[] select(int rowCount, BooleanSupplier cancelled) {
        int[] rows = new int[rowCount];
        int n = 0;
        if (this == NONE || column == null) {
            for (int i = 0; i < rowCount; i++) {
                rows[i] = i;
            }
            return rows;
        }
        Double number = column instanceof NumericColumn<?> && !operator.equals("contains") ? parseNumber(operand) : null;
        for (int i = 0; i < rowCount; i++) {
            if ((i & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                break;
            }
            if (!column.isMissing(i) && matches(i, number)) {
                rows[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(rows, n);
    }

    private boolean matches(int row, Double number) {
        int compared;
        if (operator.equals("contains")) {
            return column.getString(row).toLowerCase(Locale.ROOT).contains(operand);
        } else if (number != null) {
            compared = Double.compare(((NumericColumn<?>) column).getDouble(row), number);
        } else {
            compared = column.getString(row).compareToIgnoreCase(operand);
        }
        return switch (operator) {
            case ">" -> compared > 0;
            case ">=" -> compared >= 0;
            case "<" -> compared < 0;
            case "<=" -> compared <= 0;
            case "=" -> compared == 0;
            default -> compared != 0;
        };
    }

    private static Double parseNumber(String text) {
        try {
            return Double.valueOf(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
