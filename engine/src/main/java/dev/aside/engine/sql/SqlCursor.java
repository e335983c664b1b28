package dev.aside.engine.sql;

import dev.aside.engine.AsideException;
import dev.aside.engine.FunctionCancelledException;
import dev.aside.engine.FunctionTimeoutException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import tech.tablesaw.api.Table;

/**
 * The rows of one running query, read one at a time, so a result of millions of rows streams out
 * without being held. DuckDB produces the rows in vectors as they are read.
 *
 * <p>Not thread-safe, except {@link #cancel()}, which any thread may call (a console's Cancel
 * button) and which makes the reading thread's next call throw {@link FunctionCancelledException}.
 * Closing releases the query's private database and its slot; always close it.
 */
public final class SqlCursor implements AutoCloseable {

    private final String query;
    private final Connection connection;
    private final Statement statement;
    private final ResultSet rows;
    private final QueryWatch watch;
    private final Runnable onClose;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<String> names = new ArrayList<>();
    private final List<String> types = new ArrayList<>();

    SqlCursor(String query, Connection connection, Statement statement, ResultSet rows, QueryWatch watch,
            Runnable onClose) throws SQLException {
        this.query = query;
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.watch = watch;
        this.onClose = onClose;
        ResultSetMetaData meta = rows.getMetaData();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            names.add(meta.getColumnLabel(c));
            types.add(meta.getColumnTypeName(c));
        }
    }

    /** The result's column names, in order. */
    public List<String> columnNames() {
        return List.copyOf(names);
    }

    /** DuckDB's type of each column ({@code BIGINT}, {@code VARCHAR}, {@code DATE}, ...). */
    public List<String> columnTypes() {
        return List.copyOf(types);
    }

    /**
     * Moves to the next row; false after the last.
     *
     * @throws FunctionCancelledException after {@link #cancel()}
     * @throws FunctionTimeoutException when the query ran past its time limit
     */
    public boolean next() {
        try {
            return rows.next();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The current row's value in column {@code index} (0-based): null for SQL NULL, else a Java value. */
    public Object get(int index) {
        try {
            return rows.getObject(index + 1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Reads every remaining row into a Tablesaw table (for results small enough to hold). */
    public Table toTable(String name) {
        return nextRows(name, Integer.MAX_VALUE);
    }

    /**
     * Reads up to {@code maxRows} more rows into a table with every column of the result; an empty
     * table once the rows are used up. A writer that streams a large result takes it in such
     * batches, so it holds one batch at a time and formats cells as a cached table's.
     */
    public Table nextRows(String name, int maxRows) {
        try {
            return ResultTables.read(rows, name, maxRows);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Stops the query at once; safe from any thread, a no-op once it has finished. */
    public void cancel() {
        cancelled.set(true);
        try {
            statement.cancel();
        } catch (SQLException alreadyClosed) {
            // nothing left to stop
        }
    }

    private AsideException failure(SQLException e) {
        return SqlErrors.of(query, watch, cancelled.get(), e);
    }

    @Override
    public void close() {
        watch.close();
        try {
            connection.close(); // closes the statement and rows with it, and frees DuckDB's memory
        } catch (SQLException e) {
            // the database is gone either way
        } finally {
            onClose.run();
        }
    }
}
