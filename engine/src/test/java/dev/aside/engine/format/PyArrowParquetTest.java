package dev.aside.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemKind;
import dev.aside.engine.Tier;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.TableValue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Files written by pandas/pyarrow and in Spark's flavour (issue 2), loaded the way a SOR file is: copied
 * into a folder SOR and read through the cache. The fixtures and their row rules come from
 * {@code parquet/pyarrow/make_fixtures.py}; {@code expected.json} holds what pyarrow itself reads back.
 */
class PyArrowParquetTest {

    private static final Path FIXTURES = fixtureFolder();
    private static final int ROWS = 40;
    private static final String[] SECURITY_TYPES = {"TREASURY", "AGENCY", "CORPORATE", "MUNICIPAL"};
    private static final LocalDateTime FIRST_TRADE = LocalDateTime.of(1969, 12, 31, 20, 0);
    private static final long TRADE_STEP_MILLIS = 2_221_500;

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    static Stream<String> fixtures() throws IOException {
        return expectations().propertyStream().map(Map.Entry::getKey);
    }

    @Test
    void fixtures_everyFileInTheFolderHasExpectations() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<String> parquet = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".parquet")).sorted().toList();
            assertEquals(parquet, fixtures().sorted().toList());
            assertEquals(6, parquet.size(), "4 compressions, data page v2, Spark INT96");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void read_pyArrowFile_rowsAndNullCountsAsPyArrowReadsThem(String fixture) throws IOException {
        JsonNode expected = expectations().get(fixture);

        CachedItem item = load(fixture);
        Table table = table(item);

        assertEquals(ItemKind.TABLE, item.info().kind());
        assertEquals(expected.get("rows").asInt(), table.rowCount());
        assertEquals(ROWS, table.rowCount());
        JsonNode nulls = expected.get("nulls");
        assertEquals(nulls.size(), table.columnCount());
        for (Map.Entry<String, JsonNode> column : nulls.properties()) {
            assertEquals(column.getValue().asInt(), table.column(column.getKey()).countMissing(),
                    "missing values in " + column.getKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void read_pyArrowFile_exactValuesTypesAndNulls(String fixture) throws IOException {
        assertBondTrades(table(load(fixture)), isSparkFlavour(fixture));
    }

    @Test
    void read_afterRestart_sparkFileServedFromDiskWithSameValues() throws IOException {
        String fixture = "spark-int96.parquet";
        load(fixture);

        CachedItem again = harness.restart().read(ItemKey.of("sd", "trades/" + fixture));

        assertEquals(Tier.DISK, again.servedFrom());
        assertBondTrades(table(again), true);
    }

    /**
     * The rows of make_fixtures.py. Spark's INT96 carries no time zone, so there both timestamps are
     * local date-times (settled_at's being its UTC wall time); pandas keeps naive and UTC apart.
     */
    private static void assertBondTrades(Table table, boolean sparkFlavour) {
        StringColumn cusip = assertInstanceOf(StringColumn.class, table.column("cusip"));
        DoubleColumn price = assertInstanceOf(DoubleColumn.class, table.column("price"));
        IntColumn nothing = assertInstanceOf(IntColumn.class, table.column("nothing"));
        DateColumn tradeDate = assertInstanceOf(DateColumn.class, table.column("trade_date"));
        LongColumn quantity = assertInstanceOf(LongColumn.class, table.column("quantity"));
        LongColumn filled = assertInstanceOf(LongColumn.class, table.column("filled"));
        StringColumn securityType = assertInstanceOf(StringColumn.class, table.column("security_type"));
        DateTimeColumn tradedAt = assertInstanceOf(DateTimeColumn.class, table.column("traded_at"));
        Column<?> settledAt = table.column("settled_at");
        Class<?> settledType = sparkFlavour ? DateTimeColumn.class : InstantColumn.class;
        assertInstanceOf(settledType, settledAt);

        assertEquals(ROWS, table.rowCount());
        for (int i = 0; i < ROWS; i++) {
            String row = "row " + i;
            assertEquals(String.format("9128%05d", i % 12), cusip.get(i), row);
            assertEquals(i % 7 == 3 ? null : 99.5 + i / 8.0, price.get(i), row);
            assertTrue(nothing.isMissing(i), row);
            assertEquals(tradeDate(i), tradeDate.get(i), row);
            assertEquals((i - 20) * 1000L, quantity.getLong(i), row);
            assertEquals(i % 4 == 1 ? null : i * 10L, filled.get(i), row);
            assertEquals(i % 10 == 9 ? "" : SECURITY_TYPES[i % 4], securityType.get(i), row);
            // Tablesaw keeps milliseconds, so the file's extra 123 microseconds are dropped.
            assertEquals(i % 11 == 6 ? null : tradedAt(i), tradedAt.get(i), row);
            LocalDateTime settled = tradedAt(i).plusDays(2);
            assertEquals(sparkFlavour ? settled : settled.toInstant(ZoneOffset.UTC), settledAt.get(i), row);
        }
        assertEquals(ROWS, nothing.countMissing());
        assertEquals(12, cusip.countUnique());
        assertEquals(SECURITY_TYPES.length + 1, securityType.countUnique(), "Tablesaw counts missing as one");
    }

    private static LocalDate tradeDate(int i) {
        if (i == ROWS - 1) {
            return LocalDate.of(9999, 12, 31);
        }
        return i % 13 == 5 ? null : LocalDate.of(2023, 1, 2).plusDays(i);
    }

    private static LocalDateTime tradedAt(int i) {
        return FIRST_TRADE.plusNanos(i * TRADE_STEP_MILLIS * 1_000_000);
    }

    private static boolean isSparkFlavour(String fixture) {
        return fixture.startsWith("spark-");
    }

    private CachedItem load(String fixture) throws IOException {
        Path sorFile = Files.createDirectories(harness.sorRoot().resolve("trades")).resolve(fixture);
        Files.copy(FIXTURES.resolve(fixture), sorFile);
        CachedItem item = harness.cache().read(ItemKey.of("sd", "trades/" + fixture));
        assertTrue(item.loadedFromSor());
        return item;
    }

    private static Table table(CachedItem item) {
        return assertInstanceOf(TableValue.class, item.value()).table();
    }

    private static JsonNode expectations() throws IOException {
        return new ObjectMapper().readTree(FIXTURES.resolve("expected.json").toFile());
    }

    private static Path fixtureFolder() {
        try {
            return Path.of(PyArrowParquetTest.class.getResource("/parquet/pyarrow/expected.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
