package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a crash in the middle of a disk write leaves behind, reproduced file by file: a partial
 * download in staging, a table file renamed into place whose catalog row never committed, and a
 * catalog row whose file vanished. Opening the cache must leave a consistent catalog.
 */
class CrashRecoveryTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void open_afterCrashMidWrite_halfWrittenItemsAbsentAndOthersIntact() throws IOException {
        Cache cache = harness.cache();
        harness.source("kept.json", "{\"v\": 1}");
        cache.read(ItemKey.of("sd", "kept.json"));
        cache.close();
        Path staging = harness.cacheRoot().resolve("staging");
        Path tables = harness.cacheRoot().resolve("tables");
        TestFiles.write(staging, "partial-download.parquet", new byte[] {'P', 'A', 'R', '1', 0});
        TestFiles.write(tables, "renamed-but-uncommitted.parquet", new byte[] {'P', 'A', 'R', '1'});

        cache = harness.open();

        assertEquals(List.of("kept.json"), cache.list().stream().map(ItemInfo::path).toList());
        assertEquals(0, count(staging));
        assertEquals(0, count(tables));
        assertEquals(Tier.DISK, cache.read(ItemKey.of("sd", "kept.json")).servedFrom());
    }

    @Test
    void open_catalogRowWhoseFileVanished_dropsRowSoNextReadReloads() throws IOException {
        Cache cache = harness.cache();
        cache.put(ItemKey.written("t"), new dev.aside.engine.value.TableValue(tech.tablesaw.api.Table.create("t",
                tech.tablesaw.api.IntColumn.create("n", 1, 2, 3))));
        cache.policy().awaitPersistence();
        cache.close();
        Path tables = harness.cacheRoot().resolve("tables");
        try (Stream<Path> files = Files.list(tables)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        cache = harness.open();

        assertTrue(cache.head(ItemKey.written("t")).isEmpty());
        assertFalse(cache.delete(ItemKey.written("t")));
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
