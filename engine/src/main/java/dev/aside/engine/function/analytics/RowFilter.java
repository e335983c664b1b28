package dev.aside.engine.function.analytics;

import dev.aside.engine.InvalidParameterException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The {@code where} language of {@code filter}: conditions {@code column op value} joined by
 * {@code and} (or {@code &&}), all of which must hold. Operators: {@code = == != < <= > >=}. The
 * value is a number for number columns, an ISO date ({@code 2024-01-31}) for date columns, and text
 * otherwise, optionally in single or double quotes. Missing values match no condition. Text is
 * compared exactly and in lexical order. Examples: {@code price>100},
 * {@code security_type='CORP' and quantity>=1000}.
 *
 * <p>The one parser of this grammar: the {@code filter} function and the console's grid filter bar
 * both call {@link #select}, so a condition typed in either means the same rows.
 */
public final class RowFilter {

    private static final Pattern AND = Pattern.compile("\\s+(?i:and)\\s+|\\s*&&\\s*");
    private static final Pattern CONDITION = Pattern.compile("^\\s*(.+?)\\s*(>=|<=|!=|==|=|>|<)\\s*(.*?)\\s*$");

    private RowFilter() {}

    /**
     * The rows of {@code table} meeting every condition of {@code where}.
     *
     * @throws InvalidParameterException when a condition cannot be read, names no column of the
     *     table, or compares a number or date column with a value that is not one (the message says
     *     what to write instead)
     */
    public static Selection select(Table table, String where) {
        Selection all = Selection.withRange(0, table.rowCount());
        for (String condition : AND.split(where.trim())) {
            all = all.and(condition(table, condition));
        }
        return all;
    }

    private static Selection condition(Table table, String text) {
        Matcher m = CONDITION.matcher(text);
        if (!m.matches()) {
            throw new InvalidParameterException("Cannot read the condition '" + text + "': write column, operator, "
                    + "value, e.g. price>100 or security_type='CORP'.");
        }
        Column<?> column = GroupSummarizer.column(table, m.group(1));
        String op = m.group(2);
        String value = unquote(m.group(3));
        if (column instanceof NumericColumn<?> numbers) {
            double bound = parseNumber(column.name(), value);
            return match(column.size(), row -> {
                double x = numbers.getDouble(row);
                return x == x && holds(Double.compare(x, bound), op);
            });
        }
        if (column instanceof DateColumn dates) {
            int bound = PackedLocalDate.pack(parseDate(column.name(), value));
            return match(column.size(), row -> {
                int packed = dates.getIntInternal(row);
                return packed != Integer.MIN_VALUE && holds(Integer.compare(packed, bound), op);
            });
        }
        if (column instanceof StringColumn strings) {
            return match(column.size(), row -> !strings.isMissing(row) && holds(strings.get(row).compareTo(value), op));
        }
        return match(column.size(), row -> !column.isMissing(row) && holds(column.getString(row).compareTo(value), op));
    }

    private interface RowTest {
        boolean test(int row);
    }

    private static Selection match(int rows, RowTest test) {
        Selection selected = new BitmapBackedSelection();
        for (int row = 0; row < rows; row++) {
            if (test.test(row)) {
                selected.add(row);
            }
        }
        return selected;
    }

    private static boolean holds(int comparison, String op) {
        return switch (op) {
            case "=", "==" -> comparison == 0;
            case "!=" -> comparison != 0;
            case "<" -> comparison < 0;
            case "<=" -> comparison <= 0;
            case ">" -> comparison > 0;
            default -> comparison >= 0;
        };
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static double parseNumber(String column, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("Column '" + column + "' holds numbers; '" + value + "' is not one.", e);
        }
    }

    private static LocalDate parseDate(String column, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("Column '" + column + "' holds dates; write '" + value
                    + "' as yyyy-mm-dd.", e);
        }
    }
}
