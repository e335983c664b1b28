package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.tablesaw.api.Table;

class RestartTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void read_afterRestart_servedFromDiskWithoutSor() {
        Cache cache = harness.cache();
        harness.source("file2.json", "{\"id\": \"0001\"}");
        harness.source("file3.json", "[1, 2, 3]");
        TestFiles.write(harness.sorRoot(), "raw.bin", new byte[] {9, 8, 7});
        cache.read(ItemKey.of("sd", "file2.json"));
        cache.read(ItemKey.of("sd", "file3.json"));
        cache.read(ItemKey.of("sd", "raw.bin"));
        cache.read(ItemKey.of("sd", "file2.json"));

        cache = harness.restart();
        harness.sor().switchOff();

        List<ItemInfo> listed = cache.list();
        assertEquals(List.of("file2.json", "file3.json", "raw.bin"), listed.stream().map(ItemInfo::path).toList());
        assertTrue(listed.stream().allMatch(info -> info.tier() == Tier.DISK));
        assertEquals(1, listed.get(0).hits());
        CachedItem doc = cache.read(ItemKey.of("sd", "file2.json"));
        assertEquals(Tier.DISK, doc.servedFrom());
        assertEquals("0001", ((JsonValue) doc.value()).json().get("id").asText());
        assertEquals(3, cache.read(ItemKey.of("sd", "file3.json")).info().rows());
        assertEquals(3, cache.read(ItemKey.of("sd", "raw.bin")).info().rows());
        assertEquals(Tier.MEMORY, cache.read(ItemKey.of("sd", "file2.json")).servedFrom());
        assertEquals(0, harness.sor().requests());
        assertEquals(3, cache.stats().diskHits());
    }

    @Test
    void tables_afterRestart_servedFromDiskWithoutSor_withTheSameValues() throws Exception {
        Cache cache = harness.cache();
        BondTrades.writeParquet(1_000, harness.sorRoot().resolve("trades.parquet"));
        harness.source("prices.csv", "cusip,price\nA1,100.5\nB2,\nC3,99.25\n");
        Table trades = ((TableValue) cache.read(ItemKey.of("sd", "trades.parquet")).value()).table();
        cache.read(ItemKey.of("sd", "prices.csv"));
        cache.put(ItemKey.written("results/top"), new TableValue(trades.first(10)));
        String tradesBefore = trades.print(1_000);

        cache = harness.restart();
        harness.sor().switchOff();

        CachedItem parquet = cache.read(ItemKey.of("sd", "trades.parquet"));
        assertEquals(Tier.DISK, parquet.servedFrom());
        assertEquals(tradesBefore, ((TableValue) parquet.value()).table().print(1_000));
        assertEquals("trades.parquet", ((TableValue) parquet.value()).table().name(), "named after its key, not a file");
        Table prices = ((TableValue) cache.read(ItemKey.of("sd", "prices.csv")).value()).table();
        assertEquals(List.of("A1", "B2", "C3"), prices.stringColumn("cusip").asList());
        assertTrue(prices.doubleColumn("price").isMissing(1));
        assertEquals(99.25, prices.doubleColumn("price").get(2));
        assertEquals(10, cache.read(ItemKey.written("results/top")).info().rows());
        assertEquals(0, harness.sor().requests(), "nothing asked of the SOR after the restart");
    }
}
