package dev.aside.engine.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Prints a table as pandas does: a right-aligned index, right-aligned columns, {@code NaN} for
 * missing values, decimals to a shared number of places per column. A whole table longer than
 * {@link #MAX_ROWS} shows its first and last {@link #EDGE_ROWS} rows around a {@code ...} row plus a
 * {@code [N rows x M columns]} footer, like pandas' repr; an explicit page prints all its rows.
 */
final class TableText {

    /** pandas' {@code display.max_rows}. */
    static final int MAX_ROWS = 60;
    /** pandas shows 5 rows at each end of a truncated frame. */
    static final int EDGE_ROWS = 5;
    /** pandas' {@code display.precision}. */
    private static final int MAX_DECIMALS = 6;
    private static final String MISSING = "NaN";
    private static final String ELLIPSIS = "...";

    private TableText() {}

    static void write(Writer out, Table table, RowRange range) throws IOException {
        int from = range.from(table.rowCount());
        int to = range.to(table.rowCount());
        List<Integer> rows = new ArrayList<>();
        boolean truncated = !range.limited() && to - from > MAX_ROWS;
        if (truncated) {
            addRange(rows, from, from + EDGE_ROWS);
            addRange(rows, to - EDGE_ROWS, to);
        } else {
            addRange(rows, from, to);
        }
        int split = truncated ? EDGE_ROWS : -1;

        List<String[]> columns = new ArrayList<>();
        String[] index = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            index[i] = Integer.toString(rows.get(i));
        }
        columns.add(withHeader("", index));
        for (int c = 0; c < table.columnCount(); c++) {
            CellReader cells = CellReader.of(table.column(c));
            columns.add(withHeader(table.column(c).name(), format(cells, rows)));
        }
        int[] widths = columns.stream().mapToInt(TableText::width).toArray();
        for (int line = 0; line <= rows.size(); line++) {
            if (split >= 0 && line - 1 == split) {
                writeLine(out, columns, widths, -1);
            }
            writeLine(out, columns, widths, line);
        }
        if (truncated) {
            out.write("\n[" + table.rowCount() + " rows x " + table.columnCount() + " columns]\n");
        }
    }

    private static void addRange(List<Integer> rows, int from, int to) {
        for (int row = from; row < to; row++) {
            rows.add(row);
        }
    }

    private static String[] withHeader(String header, String[] cells) {
        String[] column = new String[cells.length + 1];
        column[0] = header;
        System.arraycopy(cells, 0, column, 1, cells.length);
        return column;
    }

    private static String[] format(CellReader cells, List<Integer> rows) {
        String[] text = new String[rows.size()];
        if (cells.decimalColumn()) {
            int decimals = sharedDecimals(cells, rows);
            for (int i = 0; i < text.length; i++) {
                double value = cells.decimal(rows.get(i));
                text[i] = Double.isNaN(value) ? MISSING : String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
            }
            return text;
        }
        for (int i = 0; i < text.length; i++) {
            String value = cells.text(rows.get(i));
            text[i] = value == null ? MISSING : value;
        }
        return text;
    }

    /** The fewest places (1 to 6) that show every shown value of the column exactly, as pandas chooses. */
    private static int sharedDecimals(CellReader cells, List<Integer> rows) {
        int decimals = 1;
        for (int row : rows) {
            double value = cells.decimal(row);
            if (!Double.isNaN(value) && !Double.isInfinite(value)) {
                int scale = new BigDecimal(Double.toString(value)).stripTrailingZeros().scale();
                decimals = Math.max(decimals, Math.min(MAX_DECIMALS, scale));
            }
        }
        return decimals;
    }

    private static int width(String[] column) {
        int width = ELLIPSIS.length();
        for (String cell : column) {
            width = Math.max(width, cell.length());
        }
        return width;
    }

    /** Writes line {@code line} of every column (0 is the header), or the {@code ...} row for -1. */
    private static void writeLine(Writer out, List<String[]> columns, int[] widths, int line) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            String cell = line < 0 ? ELLIPSIS : columns.get(c)[line];
            if (c > 0) {
                text.append("  ");
            }
            text.append(" ".repeat(widths[c] - cell.length())).append(cell);
        }
        out.write(text.toString().stripTrailing());
        out.write('\n');
    }
}
