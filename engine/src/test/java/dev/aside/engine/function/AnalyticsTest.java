package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.TableValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

class AnalyticsTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    private FunctionRegistry registry;

    @BeforeEach
    void setUp() {
        LocalDate d1 = LocalDate.of(2024, 1, 2);
        LocalDate d2 = LocalDate.of(2024, 1, 3);
        Table trades = Table.create("trades",
                StringColumn.create("security_type", "CORP", "TSY", "CORP", "MUNI", "TSY", null),
                DoubleColumn.create("price", 101.5, 99.0, Double.NaN, 120.0, 98.0, 100.0),
                LongColumn.create("quantity", 10, 20, 30, 40, 50, 60),
                DateColumn.create("trade_date", List.of(d1, d1, d2, d2, d2, d1)));
        harness.cache().put(ItemKey.written("data/trades.parquet"), new TableValue(trades));
        registry = RegistryFixture.open(harness.cache(), functions);
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    @Test
    void analytics_onAKeyThatIsNeitherCachedNorAFile_sayNoSuchItem() {
        ItemNotFoundException e = assertThrows(ItemNotFoundException.class,
                () -> registry.call("preview", Map.of("key", "nope")));
        assertTrue(e.getMessage().contains("No item 'sd:nope' is cached"), e.getMessage());
    }

    @Test
    void summarize_groupsWithCountMeanSum() {
        Table out = registry.call("summarize", Map.of("key", "data/trades.parquet", "by", "security_type",
                "agg", "count,mean:price,sum:quantity,min:price,max:quantity")).table();
        assertEquals(List.of("security_type", "count", "mean_price", "sum_quantity", "min_price", "max_quantity"),
                out.columnNames());
        assertEquals(List.of("", "CORP", "MUNI", "TSY"), out.stringColumn("security_type").asList());
        assertEquals(List.of(1L, 2L, 1L, 2L), out.longColumn("count").asList());
        assertEquals(101.5, out.doubleColumn("mean_price").get(1), 1e-9);
        assertEquals(98.5, out.doubleColumn("mean_price").get(3), 1e-9);
        assertEquals(40L, out.longColumn("sum_quantity").get(1));
        assertEquals(50L, out.longColumn("max_quantity").get(3));
    }

    @Test
    void summarize_byTwoColumnsAndWithoutBy() {
        Table byTwo = registry.call("summarize", Map.of("key", "data/trades.parquet",
                "by", "trade_date,security_type", "agg", "sum:quantity")).table();
        assertEquals(6, byTwo.rowCount());
        Table overall = registry.call("summarize", Map.of("key", "data/trades.parquet", "agg", "count,mean:price")).table();
        assertEquals(6L, overall.longColumn("count").get(0));
        assertEquals(103.7, overall.doubleColumn("mean_price").get(0), 1e-9);
        assertThrows(InvalidParameterException.class, () -> registry.call("summarize",
                Map.of("key", "data/trades.parquet", "agg", "median:price")));
    }

    @Test
    void describe_reportsCountsDistinctAndMoments() {
        Table out = registry.call("describe", Map.of("key", "data/trades.parquet")).table();
        assertEquals(List.of("security_type", "price", "quantity", "trade_date"), out.stringColumn("column").asList());
        assertEquals(List.of(5L, 5L, 6L, 6L), out.longColumn("count").asList());
        assertEquals(List.of(1L, 1L, 0L, 0L), out.longColumn("nulls").asList());
        assertEquals(List.of(3L, 5L, 6L, 2L), out.longColumn("distinct").asList());
        assertEquals("98", out.stringColumn("min").get(1));
        assertEquals("120", out.stringColumn("max").get(1));
        assertEquals(103.7, out.doubleColumn("mean").get(1), 1e-9);
        assertEquals(35.0, out.doubleColumn("mean").get(2), 1e-9);
        assertEquals(18.708286933869708, out.doubleColumn("std").get(2), 1e-9);
        assertEquals("2024-01-02", out.stringColumn("min").get(3));
        assertTrue(out.stringColumn("top").get(0).startsWith("CORP (2)") || out.stringColumn("top").get(0).startsWith("TSY (2)"));
    }

    @Test
    void preview_returnsWindowOfChosenColumns() {
        Table out = registry.call("preview", Map.of("key", "data/trades.parquet", "offset", "1", "limit", "2",
                "columns", "quantity,price")).table();
        assertEquals(List.of("quantity", "price"), out.columnNames());
        assertEquals(List.of(20L, 30L), out.longColumn("quantity").asList());
        assertThrows(InvalidParameterException.class, () -> registry.call("preview",
                Map.of("key", "data/trades.parquet", "columns", "nope")));
    }

    @Test
    void filter_appliesConditionsAndStoresResult() {
        Table out = registry.call("filter", Map.of("key", "data/trades.parquet",
                "where", "price>=99 and security_type != 'MUNI' and trade_date=2024-01-02",
                "store_as", "work/filtered")).table();
        assertEquals(List.of(101.5, 99.0), out.doubleColumn("price").asList(), "a missing security_type matches no condition");
        Table stored = ((TableValue) harness.cache().getIfPresent(ItemKey.written("work/filtered")).orElseThrow().value()).table();
        assertEquals(2, stored.rowCount());
        assertEquals(1, registry.call("filter", Map.of("key", "data/trades.parquet", "where", "security_type=MUNI"))
                .table().rowCount());
        assertThrows(InvalidParameterException.class, () -> registry.call("filter",
                Map.of("key", "data/trades.parquet", "where", "price is big")));
    }
}
