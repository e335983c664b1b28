package dev.aside.engine.bench;

import dev.aside.engine.format.ParquetTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * Warm decode time of {@link ParquetTables} on a bond-trades file, next to DuckDB loading the same
 * file in the same run as a baseline. Usage: {@code ParquetDecodeBench [ROWS]} (default 10,000,000);
 * run with {@code mvn -q -pl engine test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.aside.engine.bench.ParquetDecodeBench}.
 */
public final class ParquetDecodeBench {

    private static final int RUNS = 3;

    private ParquetDecodeBench() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000_000;
        Path folder = Files.createTempDirectory("aside-bench");
        try {
            long start = System.nanoTime();
            Path file = BondTrades.writeParquet(rows, folder.resolve("bond_trades.parquet"));
            System.out.printf("wrote %,d rows, %,d bytes in %,d ms%n", rows, Files.size(file), millisSince(start));
            System.out.printf("Aside ParquetTables.readTable: best of %d warm runs %,d ms%n", RUNS, bestAsideMillis(file));
            System.out.printf("DuckDB CREATE TABLE AS read_parquet: best of %d warm runs %,d ms%n", RUNS, bestDuckDbMillis(file));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static long bestAsideMillis(Path file) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run <= RUNS; run++) {
            long start = System.nanoTime();
            Table table = ParquetTables.readTable(file);
            long millis = millisSince(start);
            System.out.printf("  aside run %d: %,d ms (%,d rows)%s%n", run, millis, table.rowCount(), run == 0 ? " warm-up" : "");
            if (run > 0) {
                best = Math.min(best, millis);
            }
        }
        return best;
    }

    private static long bestDuckDbMillis(Path file) throws SQLException {
        long best = Long.MAX_VALUE;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (int run = 0; run <= RUNS; run++) {
                statement.execute("DROP TABLE IF EXISTS t");
                long start = System.nanoTime();
                statement.execute("CREATE TABLE t AS SELECT * FROM read_parquet('" + file + "')");
                long millis = millisSince(start);
                System.out.printf("  duckdb run %d: %,d ms%s%n", run, millis, run == 0 ? " warm-up" : "");
                if (run > 0) {
                    best = Math.min(best, millis);
                }
            }
        }
        return best;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
