package dev.aside.engine.format;

import static dev.aside.engine.format.ParquetRoundTripTest.assertSameContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TextColumn;
import tech.tablesaw.columns.Column;

/**
 * What the column writer decides per chunk (dictionary or PLAIN, page and row-group cuts,
 * statistics, nulls), checked by reading its files back with {@link ParquetTables} and with DuckDB.
 */
class ParquetTableWriterTest {

    @TempDir
    Path folder;

    @Test
    void write_distinctValuesInEveryRow_plainEncodedAndReadBack() throws Exception {
        // Enough 40-byte strings to outgrow a chunk's dictionary; numbers gain nothing from one when all differ.
        Table table = everyTypeCounting(6 * EncodedChunk.PAGE_ROWS + 7, Integer.MAX_VALUE);
        Path file = folder.resolve("distinct.parquet");

        ParquetTableWriter.write(table, file);

        assertSameContent(table, ParquetTables.readTable(file));
        for (String encodings : duckDb("SELECT path_in_schema || ': ' || encodings FROM parquet_metadata('"
                + file + "')")) {
            assertFalse(encodings.contains("DICTIONARY"), encodings);
        }
    }

    @Test
    void write_fewDistinctValues_dictionaryEncodedAndReadBack() throws Exception {
        Table table = everyTypeCounting(2 * EncodedChunk.PAGE_ROWS + 7, 1_000);
        Path file = folder.resolve("repeating.parquet");

        ParquetTableWriter.write(table, file);

        assertSameContent(table, ParquetTables.readTable(file));
        for (String encodings : duckDb("SELECT encodings FROM parquet_metadata('" + file + "') "
                + "WHERE path_in_schema <> 'flag'")) {
            assertTrue(encodings.contains("DICTIONARY"), encodings);
        }
    }

    @Test
    void write_moreRowsThanOneRowGroup_twoRowGroupsInOrder() throws Exception {
        Table table = everyTypeCounting(ParquetTableWriter.ROW_GROUP_ROWS + 3, 5_000);
        Path file = folder.resolve("two-groups.parquet");

        ParquetTableWriter.write(table, file);

        assertSameContent(table, ParquetTables.readTable(file));
        assertEquals(List.of("2"), duckDb("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('"
                + file + "')"));
    }

    @Test
    void write_statistics_minMaxAndNullCountPerColumn() throws Exception {
        StringColumn fruit = StringColumn.create("fruit", "pear", "apple", "zebra");
        fruit.appendMissing();
        IntColumn count = IntColumn.create("count", 5, -3, 9);
        count.appendMissing();
        DateColumn day = DateColumn.create("day", LocalDate.of(2024, 5, 1), LocalDate.of(1999, 1, 31),
                LocalDate.of(2030, 12, 31));
        day.appendMissing();
        Path file = folder.resolve("stats.parquet");

        ParquetTableWriter.write(Table.create("stats", fruit, count, day), file);

        assertEquals(List.of("fruit apple zebra 1", "count -3 9 1", "day 1999-01-31 2030-12-31 1"),
                duckDb("SELECT concat_ws(' ', path_in_schema, stats_min_value, stats_max_value, stats_null_count) "
                        + "FROM parquet_metadata('" + file + "') ORDER BY column_id"));
    }

    @Test
    void write_textAndAllMissingColumns_readBackAsStringsAndNulls() {
        TextColumn note = TextColumn.create("note", new String[] {"a", "b", "a"});
        DoubleColumn nothing = DoubleColumn.create("nothing", new double[] {Double.NaN, Double.NaN, Double.NaN});
        Path file = folder.resolve("text.parquet");

        ParquetTableWriter.write(Table.create("t", note, nothing), file);

        Table read = ParquetTables.readTable(file);
        assertEquals(ColumnType.STRING, read.column("note").type());
        assertEquals(List.of("a", "b", "a"), read.stringColumn("note").asList());
        assertEquals(3, read.column("nothing").countMissing());
    }

    @Test
    void write_destinationFailsMidway_uncheckedIoException() {
        Table table = everyTypeCounting(2 * EncodedChunk.PAGE_ROWS, 10);
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 10_000) {
                    throw new IOException("disk full");
                }
            }
        };

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> ParquetTableWriter.write(table, failing));

        Throwable cause = error;
        while (cause.getCause() != null && !"disk full".equals(cause.getMessage())) {
            cause = cause.getCause();
        }
        assertEquals("disk full", cause.getMessage());
    }

    /**
     * {@code rows} rows of every writable type, row {@code r} holding value {@code r % distinct}
     * (as a 40-character string for strings), with every seventh row missing.
     */
    private static Table everyTypeCounting(int rows, int distinct) {
        StringColumn text = StringColumn.create("text");
        IntColumn ints = IntColumn.create("ints");
        LongColumn longs = LongColumn.create("longs");
        DoubleColumn doubles = DoubleColumn.create("doubles");
        BooleanColumn flag = BooleanColumn.create("flag");
        DateColumn day = DateColumn.create("day");
        DateTimeColumn at = DateTimeColumn.create("at");
        InstantColumn stamp = InstantColumn.create("stamp");
        Table table = Table.create("counting", text, ints, longs, doubles, flag, day, at, stamp);
        for (int r = 0; r < rows; r++) {
            int v = r % distinct;
            if (r % 7 == 3) {
                table.columns().forEach(Column::appendMissing);
                continue;
            }
            text.append(String.format("%040d", v));
            ints.append(v - distinct / 2);
            longs.append(v * 1_000_000_007L);
            doubles.append(v / 8.0);
            flag.append(v % 3 == 0);
            day.append(LocalDate.of(1970, 1, 1).plusDays(v));
            at.append(LocalDateTime.of(2020, 1, 1, 0, 0).plusSeconds(v));
            stamp.append(Instant.ofEpochMilli(v * 1_001L));
        }
        return table;
    }

    private static List<String> duckDb(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
