package dev.aside.engine.sql;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheStorageException;
import dev.aside.engine.FunctionCancelledException;
import dev.aside.engine.FunctionTimeoutException;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.disk.DiskTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import tech.tablesaw.api.Table;

/**
 * SQL over cached tables, run by DuckDB straight from the disk tier's Parquet files. Every query
 * gets its own locked-down database ({@link SqlSandbox}), reads nothing but the cached tables it
 * names ({@link QueryTables}), and stops at once when its time is up, its thread is interrupted or
 * its cursor is cancelled ({@link QueryWatch}). At most {@link SqlLimits#concurrentQueries()} run at
 * once, each within {@link SqlLimits#memoryBytesPerQuery()} and {@link SqlLimits#threads()}.
 *
 * <p>Thread-safe. Failures are engine exceptions: {@link InvalidQueryException} (a 400 to REST) for
 * a query that cannot run or is refused, {@link FunctionTimeoutException}, {@link FunctionCancelledException}.
 */
public final class SqlEngine {

    private final SqlLimits limits;
    private final Semaphore slots;

    public SqlEngine(SqlLimits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.concurrentQueries(), true);
    }

    public SqlLimits limits() {
        return limits;
    }

    /**
     * Starts {@code query} and returns its rows as a stream; the caller must close the cursor.
     *
     * @param timeLimit how long the query may run from now; empty for no limit
     */
    public SqlCursor open(Cache cache, String query, Optional<Duration> timeLimit) {
        Query running = start(cache, query, timeLimit, List.of());
        try {
            QueryWatch watch = new QueryWatch(running.statement, timeLimit);
            try {
                ResultSet rows = running.statement.executeQuery(query);
                return new SqlCursor(query, running.connection, running.statement, rows, watch, running::release);
            } catch (SQLException e) {
                watch.close();
                throw SqlErrors.of(query, watch, false, e);
            }
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
    }

    /** Runs {@code query} and returns the whole result as a table (for results small enough to hold). */
    public Table table(Cache cache, String query, Optional<Duration> timeLimit) {
        try (SqlCursor cursor = open(cache, query, timeLimit)) {
            return cursor.toTable("sql");
        }
    }

    /**
     * Runs {@code query} and caches its result under {@code key}, written by DuckDB straight to a
     * Parquet file that the cache then takes over, so a large result is never a Java table on the way.
     */
    public ItemInfo store(Cache cache, String query, ItemKey key, Optional<Duration> timeLimit) {
        Path result = parquet(cache, query, timeLimit);
        try {
            return cache.putParquet(key, result);
        } finally {
            DiskTier.deleteQuietly(result);
        }
    }

    /**
     * Runs {@code query} and returns its result as a snappy Parquet file written by DuckDB's COPY
     * (at file-writing speed, the rows never pass through Java); the caller owns and deletes the file.
     */
    public Path parquet(Cache cache, String query, Optional<Duration> timeLimit) {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "aside-sql-" + UUID.randomUUID() + ".parquet");
        Query running = start(cache, query, timeLimit, List.of(target));
        try (QueryWatch watch = new QueryWatch(running.statement, timeLimit)) {
            try {
                // The newline ends a trailing -- comment; the query is already known to be one SELECT.
                running.statement.execute("COPY (" + withoutTrailingSemicolons(query) + "\n) TO '"
                        + target.toString().replace("'", "''") + "' (FORMAT parquet, COMPRESSION snappy)");
                return target;
            } catch (SQLException e) {
                DiskTier.deleteQuietly(target);
                throw SqlErrors.of(query, watch, false, e);
            }
        } finally {
            running.close();
        }
    }

    /**
     * The rows {@code offset} to {@code offset + limit} of {@code query}'s result, as a query of its
     * own, so DuckDB skips the rest instead of Java reading and dropping them.
     *
     * @param limit the most rows, or negative for all from {@code offset}
     */
    public static String page(String query, long offset, long limit) {
        return "SELECT * FROM (" + withoutTrailingSemicolons(query) + "\n)"
                + (limit >= 0 ? " LIMIT " + limit : "") + (offset > 0 ? " OFFSET " + offset : "");
    }

    private Query start(Cache cache, String query, Optional<Duration> timeLimit, List<Path> writable) {
        acquireSlot(timeLimit);
        QueryTables tables = null;
        Path spill = null;
        Connection connection = null;
        try {
            tables = QueryTables.of(cache, query);
            spill = Files.createTempDirectory("aside-sql-spill-");
            connection = SqlSandbox.open(tables.files(), writable, limits, spill);
            SqlSandbox.requireOneSelect(connection, query);
            return new Query(connection, connection.createStatement(), tables, spill, slots);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            if (tables != null) {
                tables.close();
            }
            if (spill != null) {
                DiskTier.deleteQuietly(spill);
            }
            slots.release();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CacheStorageException("Cannot start the SQL engine: " + e.getMessage(), e);
        }
    }

    private void acquireSlot(Optional<Duration> timeLimit) {
        try {
            boolean acquired = timeLimit.isPresent()
                    ? slots.tryAcquire(timeLimit.get().toNanos(), TimeUnit.NANOSECONDS)
                    : acquireWithoutLimit();
            if (!acquired) {
                throw new FunctionTimeoutException("The SQL query waited its whole time limit for one of the "
                        + limits.concurrentQueries() + " SQL slots; other queries are running. Try again shortly.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionCancelledException("The SQL query was cancelled before it started.", e);
        }
    }

    private boolean acquireWithoutLimit() throws InterruptedException {
        slots.acquire();
        return true;
    }

    private static String withoutTrailingSemicolons(String query) {
        return query.strip().replaceAll("[;\\s]+$", "");
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the database is gone either way
            }
        }
    }

    /** What one started query holds until it ends. */
    private static final class Query {
        final Connection connection;
        final Statement statement;
        private final QueryTables tables;
        private final Path spill;
        private final Semaphore slots;
        private boolean released;

        Query(Connection connection, Statement statement, QueryTables tables, Path spill, Semaphore slots) {
            this.connection = connection;
            this.statement = statement;
            this.tables = tables;
            this.spill = spill;
            this.slots = slots;
        }

        /** Frees the temporary files and the slot, once; the cursor has closed the database first. */
        synchronized void release() {
            if (!released) {
                released = true;
                tables.close();
                DiskTier.deleteQuietly(spill);
                slots.release();
            }
        }

        void close() {
            closeQuietly(connection);
            release();
        }
    }
}
