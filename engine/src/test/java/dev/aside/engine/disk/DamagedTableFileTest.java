package dev.aside.engine.disk;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.AsideException;
import dev.aside.engine.Cache;
import dev.aside.engine.CachedItem;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.testing.CapturedLog;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A table file in the disk tier that no longer decodes (truncated, a flipped byte) is moved to the
 * quarantine folder with one WARN, and the same read loads the item again from its source (a real
 * folder SOR). Only when the source cannot serve it is the read an error, and it says both.
 */
class DamagedTableFileTest {

    private static final int ROWS = 5_000;

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void read_truncatedTableFile_quarantinedAndReloadedFromSor() throws IOException {
        Path tableFile = cachedOnDiskOnly("trades.parquet");
        byte[] bytes = Files.readAllBytes(tableFile);
        Files.write(tableFile, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertHealed(tableFile);
    }

    @Test
    void read_bitFlippedTableFile_quarantinedAndReloadedFromSor() throws IOException {
        Path tableFile = cachedOnDiskOnly("trades.parquet");
        try (RandomAccessFile file = new RandomAccessFile(tableFile.toFile(), "rw")) {
            long middle = file.length() / 3;
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0x10);
        }

        assertHealed(tableFile);
    }

    @Test
    void read_tableFileDeletedBehindTheCache_reloadedFromSor() throws IOException {
        Path tableFile = cachedOnDiskOnly("trades.parquet");
        Files.delete(tableFile);

        CachedItem item = harness.cache().read(ItemKey.of("sd", "trades.parquet"));

        assertTrue(item.loadedFromSor());
        assertEquals(ROWS, item.value().rows());
    }

    @Test
    void read_damagedCopyAndSorUnreachable_errorSaysCopyDamagedAndSourceUnreachable() throws IOException {
        Path tableFile = cachedOnDiskOnly("trades.parquet");
        Files.write(tableFile, new byte[] {'P', 'A', 'R', '1'});
        harness.sor().switchOff();

        AsideException error = assertThrows(AsideException.class, () -> harness.cache().read(ItemKey.of("sd", "trades.parquet")));

        assertTrue(error.getMessage().contains("cached copy of 'sd:trades.parquet' was damaged"), error.getMessage());
        assertTrue(error.getMessage().contains("from its source failed"), error.getMessage());
        assertEquals(1, quarantined().size());
        harness.sor().switchOn();
        assertTrue(harness.cache().read(ItemKey.of("sd", "trades.parquet")).loadedFromSor());
    }

    private void assertHealed(Path tableFile) throws IOException {
        int requestsBefore = harness.sor().opens();
        CachedItem item;
        try (CapturedLog log = new CapturedLog()) {
            item = harness.cache().read(ItemKey.of("sd", "trades.parquet"));
            harness.cache().read(ItemKey.of("sd", "trades.parquet"));
            assertEquals(1, log.linesContaining("WARN").stream().filter(l -> l.contains("trades.parquet")).count(),
                    log.linesContaining("WARN").toString());
        }

        assertTrue(item.loadedFromSor());
        assertEquals(ROWS, item.info().rows());
        assertEquals(requestsBefore + 1, harness.sor().opens());
        assertFalse(Files.exists(tableFile));
        assertEquals(1, quarantined().size());
        harness.cache().policy().awaitPersistence();
        harness.cache().policy().evictFromMemory(ItemKey.of("sd", "trades.parquet"));
        assertEquals(ROWS, harness.cache().read(ItemKey.of("sd", "trades.parquet")).value().rows());
    }

    /** Reads a Parquet source once, waits until it is on disk, drops it from memory; returns its table file. */
    private Path cachedOnDiskOnly(String name) throws IOException {
        BondTrades.writeParquet(ROWS, harness.sorRoot().resolve(name));
        Cache cache = harness.cache();
        cache.read(ItemKey.of("sd", name));
        cache.policy().awaitPersistence();
        assertTrue(cache.policy().evictFromMemory(ItemKey.of("sd", name)));
        try (Stream<Path> files = Files.list(harness.cacheRoot().resolve("tables"))) {
            return files.findFirst().orElseThrow();
        }
    }

    private List<Path> quarantined() throws IOException {
        try (Stream<Path> files = Files.list(harness.cacheRoot().resolve(Quarantine.FOLDER))) {
            return files.toList();
        }
    }
}
