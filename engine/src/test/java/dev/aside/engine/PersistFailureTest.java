package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.TableValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * When the disk tier cannot take a table (its folder replaced by a file, as a full or broken disk
 * would fail it), no catalog entry is left pointing at nothing.
 */
class PersistFailureTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void persistFails_itemFromSorIsDroppedAndReloadsFromSor_functionResultStaysInMemory() throws IOException {
        Cache cache = harness.cache();
        List<CacheEvent.PersistFailed> failures = new CopyOnWriteArrayList<>();
        cache.subscribe(event -> {
            if (event instanceof CacheEvent.PersistFailed failed) {
                failures.add(failed);
            }
        });
        breakTablesFolder(harness.cacheRoot().resolve("tables"));
        harness.source("trades.csv", "cusip,price\nA1,100.5\nB2,99.25\n");

        cache.read(ItemKey.of("sd", "trades.csv"));
        cache.put(ItemKey.written("results/t"), new TableValue(Table.create("t", IntColumn.create("n", 1, 2))));
        cache.policy().awaitPersistence();

        assertEquals(2, failures.size());
        assertTrue(cache.head(ItemKey.of("sd", "trades.csv")).isEmpty(), "a SOR item that could not be written is dropped");
        assertTrue(cache.read(ItemKey.of("sd", "trades.csv")).loadedFromSor());
        assertEquals(2, harness.sor().opens());
        ItemInfo result = cache.head(ItemKey.written("results/t")).orElseThrow();
        assertEquals(Tier.MEMORY, result.tier());
        assertEquals(2, cache.read(ItemKey.written("results/t")).info().rows());
        cache.policy().awaitPersistence();
        try (Stream<Path> staged = Files.list(harness.cacheRoot().resolve("staging"))) {
            assertEquals(0, staged.count(), "staged downloads are cleaned up");
        }
    }

    private static void breakTablesFolder(Path tables) throws IOException {
        Files.delete(tables);
        Files.writeString(tables, "not a folder");
    }
}
