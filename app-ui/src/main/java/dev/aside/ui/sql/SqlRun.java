package dev.aside.ui.sql;

import dev.aside.engine.Cache;
import dev.aside.engine.sql.SqlCursor;
import dev.aside.engine.sql.SqlEngine;
import dev.aside.ui.common.BackgroundTask;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import tech.tablesaw.api.Table;

/**
 * Runs one query off the UI thread and reads at most {@link #MAX_ROWS} rows of it, so a result of
 * millions of rows never becomes a Java table. Cancel stops DuckDB itself: while the query computes
 * (inside {@code open}) the engine turns the worker's interrupt into a statement cancel; once rows
 * stream, the cursor's own {@link SqlCursor#cancel()} does it.
 */
final class SqlRun extends BackgroundTask<SqlResult> {

    static final int MAX_ROWS = 10_000;

    private final SqlEngine sql;
    private final Cache cache;
    private final String query;
    private final AtomicReference<SqlCursor> cursor = new AtomicReference<>();

    SqlRun(SqlEngine sql, Cache cache, String query) {
        super("SQL query");
        this.sql = sql;
        this.cache = cache;
        this.query = query;
    }

    @Override
    protected SqlResult call() {
        long start = System.nanoTime();
        updateMessage("Running…");
        try (SqlCursor rows = sql.open(cache, query, Optional.empty())) {
            cursor.set(rows);
            if (isCancelled()) {
                rows.cancel();
            }
            Table table = rows.nextRows("sql", MAX_ROWS + 1);
            boolean truncated = table.rowCount() > MAX_ROWS;
            return new SqlResult(truncated ? table.first(MAX_ROWS) : table, truncated,
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            cursor.set(null);
        }
    }

    @Override
    public void cancel() {
        super.cancel();
        SqlCursor running = cursor.get();
        if (running != null) {
            running.cancel();
        }
    }
}
