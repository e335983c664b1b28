package dev.aside.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.AsideEngine;
import dev.aside.engine.ItemKey;
import dev.aside.engine.function.FunctionOrigin;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Each sample function, loaded from its .java file the way a user drops it in, over the sample data. */
class SampleFunctionsTest {

    @TempDir
    Path temp;
    AsideEngine engine;
    Table trades;

    @BeforeEach
    void open() {
        engine = SampleEngine.open(temp);
        trades = ((dev.aside.engine.value.TableValue) engine.cache().read(ItemKey.of("sd", "file1.snappy.parquet")).value()).table();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void sampleFunctions_areLoadedAsUserFunctions() {
        for (String name : new String[] {"vwap", "top_movers", "large_trades"}) {
            assertEquals(FunctionOrigin.USER, engine.functions().find(name).orElseThrow().origin(), name);
        }
    }

    @Test
    void vwap_matchesHandComputedVolumeWeightedPrice() {
        Table result = engine.functions().call("vwap", Map.of("top", "5")).table();

        assertEquals(5, result.rowCount());
        String cusip = result.stringColumn("cusip").get(0);
        double notional = 0;
        double volume = 0;
        for (int row = 0; row < trades.rowCount(); row++) {
            double price = trades.doubleColumn("price").getDouble(row);
            if (trades.stringColumn("cusip").get(row).equals(cusip) && !Double.isNaN(price)) {
                notional += price * trades.longColumn("quantity").getLong(row);
                volume += trades.longColumn("quantity").getLong(row);
            }
        }
        assertEquals(notional / volume, result.doubleColumn("vwap").getDouble(0), 1e-9);
        assertTrue(result.doubleColumn("volume").getDouble(0) >= result.doubleColumn("volume").getDouble(4));
    }

    @Test
    void topMovers_ranksByAbsolutePriceChange() {
        Table movers = engine.functions().call("top_movers", Map.of("top", "3")).table();

        assertTrue(movers.rowCount() > 0 && movers.rowCount() <= 3);
        double first = movers.doubleColumn("abs_change").getDouble(0);
        for (int row = 1; row < movers.rowCount(); row++) {
            assertTrue(first >= movers.doubleColumn("abs_change").getDouble(row));
        }
        assertEquals(Math.abs(movers.doubleColumn("change").getDouble(0)), first, 1e-12);
    }

    @Test
    void largeTrades_writesFilteredTableBackIntoTheCacheUnderItsOwnPrefix() {
        JsonNode answer = engine.functions().call("large_trades",
                Map.of("min_quantity", "4500000", "name", "large")).json();

        long expected = trades.longColumn("quantity").isGreaterThanOrEqualTo(4_500_000).size();
        assertEquals(expected, answer.get("rows").asLong());
        assertTrue(expected > 0);
        assertEquals("out/large_trades/large", answer.get("stored_as").asText());
        Table stored = ((dev.aside.engine.value.TableValue) engine.cache().read(ItemKey.written("out/large_trades/large")).value()).table();
        assertEquals(expected, stored.rowCount());
        assertTrue(stored.longColumn("quantity").min() >= 4_500_000);
    }
}
