package dev.aside.engine.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aside.engine.UnsupportedFormatException;
import dev.aside.engine.bench.BondTrades;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/** Tables written by {@link ParquetTableWriter} read back unchanged, by us and by DuckDB. */
class ParquetRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void writeThenRead_everyColumnType_sameTypesValuesAndMissing() {
        Table original = everyType();
        Path file = folder.resolve("every-type.parquet");

        ParquetTableWriter.write(original, file);
        Table read = ParquetTables.readTable(file);

        assertSameContent(original, read);
    }

    @Test
    void writeThenRead_bondTrades_sameContent() {
        Table original = BondTrades.generate(20_000);
        Path file = BondTrades.writeParquet(20_000, folder.resolve("trades.parquet"));

        assertSameContent(original, ParquetTables.readTable(file));
    }

    @Test
    void writeThenRead_noRows_sameColumnsAndTypes() {
        Table empty = everyType().emptyCopy();
        Path file = folder.resolve("empty.parquet");

        ParquetTableWriter.write(empty, file);

        assertSameContent(empty, ParquetTables.readTable(file));
    }

    @Test
    void writeToStream_sameBytesAsFile() throws Exception {
        Table table = everyType();
        Path file = folder.resolve("file.parquet");
        ParquetTableWriter.write(table, file);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();

        ParquetTableWriter.write(table, stream);

        assertArrayEquals(Files.readAllBytes(file), stream.toByteArray());
    }

    @Test
    void write_readByDuckDb_snappyDictionaryStringsAndDates() throws Exception {
        Path file = folder.resolve("every-type.parquet");
        ParquetTableWriter.write(everyType(), file);

        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery("SELECT count(*), count(name), max(day), sum(amount) FROM '" + file + "'");
            rows.next();
            assertEquals(4, rows.getInt(1));
            assertEquals(3, rows.getInt(2));
            assertEquals("9999-12-31", rows.getString(3));
            assertEquals(6.0, rows.getDouble(4));
            ResultSet meta = statement.executeQuery("SELECT DISTINCT compression FROM parquet_metadata('" + file + "')");
            meta.next();
            assertEquals("SNAPPY", meta.getString(1));
            ResultSet encodings = statement.executeQuery(
                    "SELECT encodings FROM parquet_metadata('" + file + "') WHERE path_in_schema = 'name'");
            encodings.next();
            assertEquals(true, encodings.getString(1).contains("DICTIONARY"), encodings.getString(1));
        }
    }

    @Test
    void write_timeColumn_unsupportedNamingTheColumn() {
        Table table = Table.create("t", TimeColumn.create("at", LocalTime.NOON));

        UnsupportedFormatException error = assertThrows(UnsupportedFormatException.class,
                () -> ParquetTableWriter.write(table, folder.resolve("time.parquet")));

        assertEquals(true, error.getMessage().contains("'at'"), error.getMessage());
    }

    /** Four rows; the last of every column is missing. */
    private static Table everyType() {
        StringColumn name = StringColumn.create("name", "alpha", "beta", "alpha");
        name.appendMissing();
        IntColumn count = IntColumn.create("count", 1, -2, Integer.MAX_VALUE - 1);
        count.appendMissing();
        ShortColumn code = ShortColumn.create("code", (short) 1, (short) -7, Short.MAX_VALUE);
        code.appendMissing();
        LongColumn big = LongColumn.create("big", 1L, Long.MAX_VALUE, -5L);
        big.appendMissing();
        FloatColumn ratio = FloatColumn.create("ratio", 0.5f, -1.25f, 3f);
        ratio.appendMissing();
        DoubleColumn amount = DoubleColumn.create("amount", 1.5, 2.5, 2.0);
        amount.appendMissing();
        BooleanColumn flag = BooleanColumn.create("flag", true, false, true);
        flag.appendMissing();
        DateColumn day = DateColumn.create("day", LocalDate.of(2024, 2, 29), LocalDate.of(1969, 12, 31),
                LocalDate.of(9999, 12, 31));
        day.appendMissing();
        DateTimeColumn at = DateTimeColumn.create("at", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_000_000),
                LocalDateTime.of(1960, 1, 1, 0, 0), LocalDateTime.of(2100, 12, 31, 23, 59, 59));
        at.appendMissing();
        InstantColumn stamp = InstantColumn.create("stamp", Instant.parse("2024-01-02T03:04:05.006Z"),
                Instant.EPOCH, Instant.parse("1999-12-31T23:59:59Z"));
        stamp.appendMissing();
        return Table.create("every-type", name, count, code, big, ratio, amount, flag, day, at, stamp);
    }

    static void assertSameContent(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (Column<?> column : expected.columns()) {
            Column<?> read = actual.column(column.name());
            assertEquals(column.type(), read.type(), column.name());
            assertEquals(column.countMissing(), read.countMissing(), column.name());
            for (int row = 0; row < column.size(); row++) {
                assertEquals(column.getString(row), read.getString(row), column.name() + " row " + row);
            }
        }
    }
}
