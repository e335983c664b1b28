package dev.aside.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Files from another writer (DuckDB) read with exact values, types and missing values. */
class ParquetReadDuckDbFileTest {

    private static final String[] SECURITY_TYPES = {
        "TREASURY", "AGENCY", "CORPORATE", "MUNICIPAL", "MBS", "ABS", "CMO", "SUPRA"};

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"snappy", "gzip", "zstd", "uncompressed"})
    void read_duckDbBondTrades_exactValuesTypesAndNulls(String compression) throws Exception {
        Path file = DuckDbParquetFiles.bondTrades(folder.resolve("trades-" + compression + ".parquet"), compression);

        Table table = ParquetTables.readTable(file);

        int rows = DuckDbParquetFiles.ROWS;
        assertEquals(rows, table.rowCount());
        StringColumn cusip = assertInstanceOf(StringColumn.class, table.column("cusip"));
        DoubleColumn price = assertInstanceOf(DoubleColumn.class, table.column("price"));
        StringColumn securityType = assertInstanceOf(StringColumn.class, table.column("security_type"));
        DateColumn tradeDate = assertInstanceOf(DateColumn.class, table.column("trade_date"));
        LongColumn quantity = assertInstanceOf(LongColumn.class, table.column("quantity"));
        IntColumn nothing = assertInstanceOf(IntColumn.class, table.column("nothing"));
        BooleanColumn flag = assertInstanceOf(BooleanColumn.class, table.column("flag"));
        IntColumn small = assertInstanceOf(IntColumn.class, table.column("small"));
        FloatColumn ratio = assertInstanceOf(FloatColumn.class, table.column("ratio"));
        DoubleColumn amount = assertInstanceOf(DoubleColumn.class, table.column("amount"));
        DateTimeColumn tradedAt = assertInstanceOf(DateTimeColumn.class, table.column("traded_at"));
        InstantColumn settledAt = assertInstanceOf(InstantColumn.class, table.column("settled_at"));
        StringColumn note = assertInstanceOf(StringColumn.class, table.column("note"));

        for (int i = 0; i < rows; i++) {
            assertEquals("C" + String.format("%08d", i % 600), cusip.get(i), "cusip row " + i);
            if (i % 100 == 7) {
                assertTrue(price.isMissing(i), "price row " + i);
            } else {
                assertEquals(100 + (i % 1000) / 8.0, price.getDouble(i), "price row " + i);
            }
            assertEquals(SECURITY_TYPES[i % 8], securityType.get(i));
            assertEquals(LocalDate.of(2023, 1, 2).plusDays(i % 730), tradeDate.get(i));
            assertEquals(i * 1000L, quantity.getLong(i));
            assertEquals(i % 3 == 0, flag.get(i));
            assertEquals(i % 30000, small.getInt(i));
            assertEquals(i / 4.0f, ratio.getFloat(i));
            assertEquals(i / 100.0, amount.getDouble(i), 1e-9);
            assertEquals(LocalDateTime.of(2024, 1, 1, 9, 30).plusNanos(i * 1_500_000_000L), tradedAt.get(i));
            assertEquals(Instant.parse("2024-01-01T09:30:00Z").plusSeconds(i), settledAt.get(i));
            assertEquals(i % 2 == 1 ? "" : "n" + i, note.get(i));
        }
        assertEquals(rows / 100, price.countMissing());
        assertEquals(rows, nothing.countMissing());
        assertEquals(rows / 2, note.countMissing());
        assertEquals(600, cusip.countUnique());
        assertEquals(8, securityType.countUnique());
    }

    @Test
    void read_plainEncodedHighCardinalityStrings_sameValuesAndMissing() throws Exception {
        // Every value distinct: DuckDB writes such columns PLAIN, not dictionary-encoded.
        Path file = DuckDbParquetFiles.copy(folder.resolve("plain.parquet"), "snappy",
                "SELECT CASE WHEN i % 10 = 0 THEN NULL ELSE 'id-' || (i % 50000) END AS id FROM range(120000) t(i)");

        StringColumn ids = ParquetTables.readTable(file).stringColumn("id");

        assertEquals(120_000, ids.size());
        assertEquals(12_000, ids.countMissing());
        assertEquals(45_000 + 1, ids.countUnique(), "Tablesaw counts the missing value as one");
        for (int i = 0; i < 120_000; i++) {
            assertEquals(i % 10 == 0 ? "" : "id-" + (i % 50_000), ids.get(i));
        }
    }

    @Test
    void read_plainStringsOverManyRowGroupsOnFourThreads_eachValueOnceInTableOrder() throws Exception {
        // 400,000 rows: four of DuckDB's 122,880-row groups, all plain; the same 50,000 values in each.
        Path file = DuckDbParquetFiles.copy(folder.resolve("plain-groups.parquet"), "snappy",
                "SELECT CASE WHEN i % 10 = 0 THEN NULL ELSE 'id-' || (i % 50000) END AS id FROM range(400000) t(i)");
        ExecutorService helpers = Executors.newFixedThreadPool(3);
        try {
            StringColumn ids = ParquetTables.readTable(file, "plain-groups", helpers, 4).stringColumn("id");

            assertEquals(400_000, ids.size());
            assertEquals(40_000, ids.countMissing());
            assertEquals(45_000 + 1, ids.countUnique(), "each value once in the column's dictionary");
            for (int i = 0; i < 400_000; i++) {
                assertEquals(i % 10 == 0 ? "" : "id-" + (i % 50_000), ids.get(i), "row " + i);
            }
            assertEquals(ids.getDictionary().getKeyForIndex(1), ids.getDictionary().getKeyForIndex(350_001),
                    "'id-1' in the first and the last row group: one dictionary entry");
        } finally {
            helpers.shutdownNow();
        }
    }
}
