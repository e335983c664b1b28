package dev.aside.engine.export;

import dev.aside.engine.InvalidParameterException;

/**
 * The rows a request asks for: {@code offset} (default 0) and {@code limit} (default: all).
 *
 * @param offset the first row, 0-based
 * @param limit the most rows, or -1 for all from {@code offset}
 */
public record RowRange(long offset, long limit) {

    public static final RowRange ALL = new RowRange(0, -1);

    /** Parses the raw parameters; either may be null. */
    public static RowRange parse(String offset, String limit) {
        if (offset == null && limit == null) {
            return ALL;
        }
        return new RowRange(offset == null ? 0 : nonNegative("offset", offset),
                limit == null ? -1 : nonNegative("limit", limit));
    }

    public boolean limited() {
        return limit >= 0;
    }

    public boolean isAll() {
        return offset == 0 && limit < 0;
    }

    /** The first row within {@code rows}. */
    public int from(long rows) {
        return (int) Math.min(offset, rows);
    }

    /** One past the last row within {@code rows}; never overflows, whatever {@code offset} and {@code limit} are. */
    public int to(long rows) {
        int from = from(rows);
        return (int) (limit < 0 ? rows : from + Math.min(limit, rows - from));
    }

    private static long nonNegative(String name, String raw) {
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the parameter's name
        }
        throw new InvalidParameterException("Parameter '" + name + "' must be a whole number of 0 or more, was '"
                + raw + "'.");
    }
}
