package dev.aside.engine.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import tech.tablesaw.api.Table;

/**
 * The alternative the disk tier did not take: a table stored as an H2 table (batched insert, commit
 * per batch) and read back by a full lazy scan. Printed beside the Parquet-file figures so the
 * choice stays measured.
 */
final class H2TableBaseline {

    private static final int BATCH = 10_000;

    record Result(long insertMillis, long scanMillis) {}

    private H2TableBaseline() {}

    static Result measure(Table table, Path folder) throws SQLException {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("h2") + ";LAZY_QUERY_EXECUTION=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "bench", "")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE trades (cusip VARCHAR, price DOUBLE, security_type VARCHAR, "
                        + "trade_date DATE, quantity BIGINT)");
            }
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO trades VALUES (?, ?, ?, ?, ?)")) {
                var cusip = table.stringColumn("cusip");
                var price = table.doubleColumn("price");
                var type = table.stringColumn("security_type");
                var date = table.dateColumn("trade_date");
                var quantity = table.longColumn("quantity");
                for (int row = 0; row < table.rowCount(); row++) {
                    insert.setString(1, cusip.get(row));
                    insert.setDouble(2, price.getDouble(row));
                    insert.setString(3, type.get(row));
                    insert.setObject(4, date.get(row));
                    insert.setLong(5, quantity.getLong(row));
                    insert.addBatch();
                    if (row % BATCH == BATCH - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            long insertMillis = EngineBench.millisSince(start);
            start = System.nanoTime();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT * FROM trades")) {
                while (rs.next()) {
                    rs.getString(1);
                    rs.getDouble(2);
                    rs.getString(3);
                    rs.getObject(4);
                    rs.getLong(5);
                }
            }
            return new Result(insertMillis, EngineBench.millisSince(start));
        }
    }
}
