package dev.aside.ui.sql;

import tech.tablesaw.api.Table;

/**
 * What a run shows: at most {@link SqlRun#MAX_ROWS} rows of the result, and whether there were more.
 */
record SqlResult(Table rows, boolean truncated, long millis) {

    String summary() {
        String shown = truncated ? String.format("first %,d rows", rows.rowCount())
                : String.format("%,d rows", rows.rowCount());
        return shown + " × " + rows.columnCount() + " columns in " + millis + " ms";
    }
}
