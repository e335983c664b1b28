package dev.aside.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.engine.format.ParquetTableWriter;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.TableValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** SQL reads nothing but cached tables: every way out of the sandbox is refused with a message. */
class SqlSandboxTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path outside;

    private final SqlEngine sql = new SqlEngine(new SqlLimits(1, 256L << 20, 2));

    @BeforeEach
    void setUp() {
        harness.cache().put(ItemKey.written("data/trades"), new TableValue(Table.create("trades",
                StringColumn.create("cusip", "A1", "B2"), IntColumn.create("quantity", 10, 20))));
        harness.cache().policy().awaitPersistence();
    }

    @Test
    void query_cachedTable_readFromItsDiskFile() {
        Table out = sql.table(harness.cache(), "SELECT sum(quantity) AS total FROM \"data/trades\"", Optional.empty());
        assertEquals(30L, ((Number) out.column("total").get(0)).longValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM read_csv('/etc/passwd')",
            "SELECT * FROM '/etc/passwd'",
            "SELECT * FROM read_text('/etc/hostname')",
            "SELECT * FROM glob('/etc/*')",
            "SELECT * FROM read_parquet('OUTSIDE')",
            "SELECT * FROM 'OUTSIDE'",
    })
    void query_fileOutsideTheCache_isRefused(String attack) {
        Path other = outside.resolve("other.parquet");
        ParquetTableWriter.write(Table.create("t", IntColumn.create("a", 1)), other);
        String query = attack.replace("OUTSIDE", other.toString());
        InvalidQueryException refused = assertThrows(InvalidQueryException.class,
                () -> sql.table(harness.cache(), query, Optional.empty()));
        assertTrue(refused.getMessage().contains("disabled by configuration")
                || refused.getMessage().contains("does not exist"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "COPY (SELECT 1) TO 'OUT/copied.csv'",
            "COPY \"data/trades\" TO 'OUT/copied.csv'",
            "ATTACH 'OUT/other.duckdb' AS other",
            "INSTALL httpfs",
            "LOAD httpfs",
            "SET threads = 1",
            "SET enable_external_access = true",
            "PRAGMA threads = 1",
            "CREATE TABLE x AS SELECT 1",
            "SELECT 1; COPY (SELECT 1) TO 'OUT/copied.csv'",
    })
    void query_statementOtherThanOneSelect_isRefusedAndWritesNothing(String attack) {
        String query = attack.replace("OUT", outside.toString());
        InvalidQueryException refused = assertThrows(InvalidQueryException.class,
                () -> sql.table(harness.cache(), query, Optional.empty()));
        assertTrue(refused.getMessage().contains("SELECT"), refused.getMessage());
        assertFalse(Files.exists(outside.resolve("copied.csv")));
        assertFalse(Files.exists(outside.resolve("other.duckdb")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT FILE_READ('/etc/hostname')",
            "SELECT * FROM CSVREAD('/etc/passwd')",
            "RUNSCRIPT FROM '/etc/passwd'",
            "CREATE ALIAS EXEC FOR 'java.lang.Runtime.exec'",
    })
    void query_h2EraAttack_isRefused(String attack) {
        assertThrows(InvalidQueryException.class, () -> sql.table(harness.cache(), attack, Optional.empty()));
    }

    @Test
    void query_syntaxError_namesItsPosition() {
        InvalidQueryException error = assertThrows(InvalidQueryException.class, () -> sql.table(harness.cache(),
                "SELECT cusip\nFROM \"data/trades\" WHERE quantity >> > 3", Optional.empty()));
        assertEquals(2, error.line().orElseThrow(), error.getMessage());
        assertTrue(error.column().orElseThrow() > 20, error.getMessage());
        assertTrue(error.getMessage().startsWith("The SQL query failed: Parser Error"), error.getMessage());
    }

    @Test
    void query_typeError_isAnInvalidQueryWithDuckDbsReason() {
        InvalidQueryException error = assertThrows(InvalidQueryException.class, () -> sql.table(harness.cache(),
                "SELECT quantity + cusip FROM \"data/trades\"", Optional.empty()));
        assertTrue(error.getMessage().contains("Binder Error"), error.getMessage());
        assertEquals(1, error.line().orElseThrow());
    }

    @Test
    void store_resultWrittenAsParquet_isCachedUnderItsKey() {
        sql.store(harness.cache(), "SELECT cusip, quantity * 2 AS doubled FROM \"data/trades\" ORDER BY cusip -- twice",
                ItemKey.written("work/doubled"), Optional.empty());
        Table stored = ((TableValue) harness.cache().read(ItemKey.written("work/doubled")).value()).table();
        assertEquals(2, stored.rowCount());
        assertEquals(40, ((Number) stored.column("doubled").get(1)).intValue());
        harness.cache().policy().awaitPersistence();
        assertTrue(harness.cache().policy().tableFile(ItemKey.written("work/doubled")).isPresent());
    }
}
