package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.FunctionTimeoutException;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ItemKey;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.TableValue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SqlTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    private FunctionRegistry registry;

    @BeforeEach
    void setUp() {
        harness.cache().put(ItemKey.written("data/trades.parquet"), new TableValue(Table.create("trades",
                StringColumn.create("cusip", "A1", "B2", "A1", "C3"),
                DoubleColumn.create("price", 100.0, 95.5, Double.NaN, 101.0),
                LongColumn.create("quantity", 10, 20, 30, 40),
                DateColumn.create("trade_date", List.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2),
                        LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 3))))));
        harness.cache().put(ItemKey.written("reference/securities"), new TableValue(Table.create("securities",
                StringColumn.create("cusip", "A1", "B2"),
                StringColumn.create("issuer", "Acme", "Bolt"))));
        harness.cache().put(ItemKey.written("rates"), new TableValue(Table.create("rates", DoubleColumn.create("rate", 0.5))));
        registry = RegistryFixture.open(harness.cache(), functions);
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    @Test
    void sql_joinsTwoCachedItems() {
        Table out = registry.call("sql", Map.of("query", """
                SELECT s.issuer, SUM(t.quantity) AS total, COUNT(t.price) AS priced
                FROM "data/trades.parquet" t JOIN "reference/securities" s ON t.cusip = s.cusip
                GROUP BY s.issuer ORDER BY s.issuer""")).table();
        assertEquals(List.of("ISSUER", "TOTAL", "PRICED"), out.columnNames().stream().map(String::toUpperCase).toList());
        assertEquals("Acme", out.stringColumn(0).get(0));
        assertEquals(40L, ((Number) out.column(1).get(0)).longValue());
        assertEquals(1L, ((Number) out.column(2).get(0)).longValue(), "a missing price is NULL in SQL");
        assertEquals("Bolt", out.stringColumn(0).get(1));
    }

    @Test
    void sql_storesResultAndAcceptsUnquotedPlainKeysAndDates() {
        Table out = registry.call("sql", Map.of("query",
                "SELECT cusip, price * (SELECT rate FROM rates) AS half FROM \"data/trades.parquet\" "
                        + "WHERE trade_date = DATE '2024-01-03' AND price IS NOT NULL",
                "store_as", "work/half")).table();
        assertEquals(1, out.rowCount());
        assertEquals(50.5, ((Number) out.column(1).get(0)).doubleValue(), 1e-9);
        assertTrue(harness.cache().getIfPresent(ItemKey.written("work/half")).isPresent());
    }

    @Test
    void sql_runawayQuery_stopsAtTheTimeLimitAndFreesItsWorker() throws Exception {
        ExecutorService oneWorker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sql-test-worker");
            thread.setDaemon(true); // before the fix the query outlives the test
            return thread;
        });
        try (FunctionRegistry limited = FunctionRegistry.builder(harness.cache()).functionDir(functions)
                .watchFolder(false).executor(oneWorker).timeLimit(Duration.ofSeconds(1)).build()) {
            assertThrows(FunctionTimeoutException.class, () -> limited.call("sql", Map.of("query",
                    "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000000) A, SYSTEM_RANGE(1, 1000000) B WHERE A.X + B.X = 0")));

            FunctionResult next = limited.submit("echo", Map.of("message", "free")).get(10, TimeUnit.SECONDS);
            assertEquals("free", next.json().asText());
        } finally {
            oneWorker.shutdownNow();
        }
    }

    @Test
    void sql_runawayQueryCancelled_freesItsWorkerLongBeforeTheTimeLimit() throws Exception {
        ExecutorService oneWorker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sql-test-worker");
            thread.setDaemon(true);
            return thread;
        });
        try (FunctionRegistry registry = FunctionRegistry.builder(harness.cache()).functionDir(functions)
                .watchFolder(false).executor(oneWorker).timeLimit(Duration.ofMinutes(10)).build()) {
            FunctionCall runaway = registry.submit("sql", Map.of("query",
                    "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000000) A, SYSTEM_RANGE(1, 1000000) B WHERE A.X + B.X = 0"));
            Thread.sleep(300); // let the query start
            assertTrue(runaway.cancel());

            FunctionResult next = registry.submit("echo", Map.of("message", "free")).get(10, TimeUnit.SECONDS);
            assertEquals("free", next.json().asText());
        } finally {
            oneWorker.shutdownNow();
        }
    }

    @Test
    void sql_badQueryOrFileAccess_isRejectedWithAMessage() {
        InvalidParameterException bad = assertThrows(InvalidParameterException.class,
                () -> registry.call("sql", Map.of("query", "SELECT nope FROM \"data/trades.parquet\"")));
        assertTrue(bad.getMessage().contains("\"nope\" not found"), bad.getMessage());
        assertThrows(InvalidParameterException.class,
                () -> registry.call("sql", Map.of("query", "SELECT FILE_READ('/etc/hostname')")));
        assertThrows(InvalidParameterException.class,
                () -> registry.call("sql", Map.of("query", "CREATE TABLE x(a INT)")));
    }
}
