package dev.aside.engine.disk;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.Cache;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.Tier;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.testing.CapturedLog;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.TableValue;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A catalog that cannot be opened is moved to the quarantine folder, never deleted, and rebuilt
 * from the table files, which describe themselves; with the SOR switched off every table item still
 * reads from disk. JSON items lived only in the catalog, so they are gone until read again.
 */
class CatalogRebuildTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    /** Cut to its two header blocks: H2 opens it as an empty database, silently, unless told otherwise. */
    @Test
    void open_catalogTruncatedToItsHeaders_movedAsideAndTablesReadWithSorOff() throws IOException {
        fillCache();
        truncate(harness.cacheRoot().resolve(Catalog.FILE_NAME), 8192);

        assertRebuilt();
    }

    /** Cut inside its header: H2 refuses to open it. */
    @Test
    void open_catalogTruncatedInsideItsHeader_movedAsideAndTablesReadWithSorOff() throws IOException {
        fillCache();
        truncate(harness.cacheRoot().resolve(Catalog.FILE_NAME), 4096);

        assertRebuilt();
    }

    @Test
    void open_garbageCatalog_movedAsideAndTablesReadWithSorOff() throws IOException {
        fillCache();
        Path catalog = harness.cacheRoot().resolve(Catalog.FILE_NAME);
        Files.write(catalog, new byte[(int) Files.size(catalog)]);

        assertRebuilt();
    }

    @Test
    void open_tableFileWhoseRowNeverCommitted_registeredFromItsFooter() throws IOException {
        Cache cache = harness.cache();
        BondTrades.writeParquet(300, harness.sorRoot().resolve("trades.parquet"));
        cache.read(ItemKey.of("sd", "trades.parquet"));
        cache.policy().awaitPersistence();
        Path tables = harness.cacheRoot().resolve("tables");
        Path tableFile;
        try (Stream<Path> files = Files.list(tables)) {
            tableFile = files.findFirst().orElseThrow();
        }
        Path kept = Files.copy(tableFile, harness.sorRoot().resolve("kept"));
        cache.delete(ItemKey.of("sd", "trades.parquet"));
        cache.close();
        Files.copy(kept, tableFile); // as if the crash came after the rename, before the row

        cache = harness.open();
        harness.sor().switchOff();

        CachedItem item = cache.read(ItemKey.of("sd", "trades.parquet"));
        assertEquals(Tier.DISK, item.servedFrom());
        assertEquals(300, item.info().rows());
        assertEquals("sd", item.info().storage());
    }

    private void assertRebuilt() throws IOException {
        Path tables = harness.cacheRoot().resolve("tables");
        TestFiles.write(tables, "not-a-table.parquet", "left by something else");
        Cache cache;
        try (CapturedLog log = new CapturedLog()) {
            cache = harness.open();
            assertFalse(log.linesContaining("WARN").stream().filter(l -> l.contains("catalog")).toList().isEmpty());
        }
        harness.sor().switchOff();

        assertEquals(List.of("results/counts.parquet", "sd:small.csv", "sd:trades.parquet"),
                cache.list().stream().map(info -> info.key().toString()).toList());
        CachedItem trades = cache.read(ItemKey.of("sd", "trades.parquet"));
        assertEquals(Tier.DISK, trades.servedFrom());
        assertEquals(2_000, trades.value().rows());
        assertEquals("sd", trades.info().storage());
        assertEquals(Files.size(harness.sorRoot().resolve("trades.parquet")), trades.info().sorSize());
        assertEquals(2, cache.read(ItemKey.of("sd", "small.csv")).value().rows());
        assertEquals(3, cache.read(ItemKey.written("results/counts.parquet")).value().rows());
        assertTrue(cache.head(ItemKey.of("sd", "doc.json")).isEmpty());
        List<String> quarantined = quarantined();
        assertTrue(quarantined.stream().anyMatch(name -> name.endsWith("-" + Catalog.FILE_NAME)), quarantined.toString());
        assertTrue(quarantined.stream().anyMatch(name -> name.endsWith("-not-a-table.parquet")), quarantined.toString());
        harness.sor().switchOn();
        assertTrue(cache.read(ItemKey.of("sd", "doc.json")).loadedFromSor());
    }

    private void fillCache() {
        Cache cache = harness.cache();
        BondTrades.writeParquet(2_000, harness.sorRoot().resolve("trades.parquet"));
        harness.source("small.csv", "a,b\n1,x\n2,y\n");
        harness.source("doc.json", "{\"v\": 1}");
        cache.read(ItemKey.of("sd", "trades.parquet"));
        cache.read(ItemKey.of("sd", "small.csv"));
        cache.read(ItemKey.of("sd", "doc.json"));
        cache.put(ItemKey.written("results/counts.parquet"), new TableValue(Table.create("counts", IntColumn.create("n", 1, 2, 3))));
        cache.close();
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private List<String> quarantined() throws IOException {
        try (Stream<Path> files = Files.list(harness.cacheRoot().resolve(Quarantine.FOLDER))) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
