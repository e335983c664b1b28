package dev.aside.engine.bench;

import dev.aside.engine.function.analytics.AnalyticsFunctions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Times {@code summarize} (by security_type: count, mean price, sum quantity) and {@code describe}
 * on a 10-million-row bond-trades table, against DuckDB's GROUP BY over the same rows loaded through
 * its appender. Best of several warm runs each. Run with
 * {@code mvn -pl engine test-compile exec:java -Dexec.mainClass=dev.aside.engine.bench.AnalyticsBench
 * -Dexec.classpathScope=test} (optional argument: rows).
 */
public final class AnalyticsBench {

    private static final int RUNS = 5;

    private AnalyticsBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        long t0 = System.nanoTime();
        Table trades = TradeTableGenerator.generate(rows, 42);
        System.out.printf("generated %,d rows in %d ms%n", rows, millis(t0));

        long summarize = best(() -> AnalyticsFunctions.summarize(trades, List.of("security_type"),
                List.of("count", "mean:price", "sum:quantity")));
        System.out.println(AnalyticsFunctions.summarize(trades, List.of("security_type"),
                List.of("count", "mean:price", "sum:quantity")).print());
        long describe = best(() -> AnalyticsFunctions.describe(trades));
        System.out.println(AnalyticsFunctions.describe(trades).print());

        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            load(duck.unwrap(DuckDBConnection.class), trades);
            long duckGroupBy = best(() -> query(duck, "SELECT security_type, count(*), avg(price), sum(quantity) "
                    + "FROM trades GROUP BY security_type"));
            System.out.printf("summarize by security_type: %d ms; DuckDB GROUP BY: %d ms; ratio %.2f%n",
                    summarize, duckGroupBy, (double) summarize / Math.max(1, duckGroupBy));
        }
        System.out.printf("describe (%d columns): %d ms%n", trades.columnCount(), describe);
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static long best(Work work) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, millis(start));
        }
        return best;
    }

    private static int query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int n = 0;
            while (result.next()) {
                n++;
            }
            return n;
        }
    }

    private static void load(DuckDBConnection duck, Table trades) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = duck.createStatement()) {
            statement.execute("CREATE TABLE trades (cusip VARCHAR, security_type VARCHAR, trade_date DATE, "
                    + "price DOUBLE, quantity BIGINT)");
        }
        StringColumn cusip = trades.stringColumn("cusip");
        StringColumn type = trades.stringColumn("security_type");
        DateColumn date = trades.dateColumn("trade_date");
        DoubleColumn price = trades.doubleColumn("price");
        LongColumn quantity = trades.longColumn("quantity");
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "trades")) {
            for (int row = 0; row < trades.rowCount(); row++) {
                appender.beginRow().append(cusip.get(row)).append(type.get(row)).append(date.get(row));
                if (price.isMissing(row)) {
                    appender.appendNull();
                } else {
                    appender.append(price.getDouble(row));
                }
                appender.append(quantity.getLong(row)).endRow();
            }
        }
        System.out.printf("loaded DuckDB in %d ms%n", millis(start));
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
