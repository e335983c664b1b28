package dev.aside.engine.function.analytics;

import dev.aside.engine.InvalidParameterException;
import java.util.Locale;

/**
 * One aggregate of {@code summarize}, written {@code count} (rows per group) or
 * {@code <op>:<column>} with op one of {@code count} (non-missing values), {@code sum},
 * {@code mean}, {@code min}, {@code max}. Its output column is {@code count} or {@code <op>_<column>}.
 */
record Aggregate(Op op, String column) {

    enum Op { COUNT, SUM, MEAN, MIN, MAX }

    static Aggregate parse(String text) {
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        String opName = colon < 0 ? trimmed : trimmed.substring(0, colon).trim();
        Op op;
        try {
            op = Op.valueOf(opName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("Unknown aggregate '" + text + "': use count, or sum, mean, min, max "
                    + "or count followed by :column (for example mean:price).", e);
        }
        if (colon < 0 && op != Op.COUNT) {
            throw new InvalidParameterException("Aggregate '" + text + "' needs a column: " + opName + ":<column>.");
        }
        return new Aggregate(op, colon < 0 ? null : trimmed.substring(colon + 1).trim());
    }

    boolean rowCount() {
        return column == null;
    }

    String outputName() {
        return rowCount() ? "count" : op.name().toLowerCase(Locale.ROOT) + "_" + column;
    }
}
