package dev.aside.engine.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheStats;
import dev.aside.engine.ItemKey;
import dev.aside.engine.MemoryBusyException;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import dev.aside.engine.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six readers over items that together are several times the memory limit, first from the source,
 * then from disk: every read succeeds or is refused with a retry hint, none fails otherwise, and
 * the memory tier (values plus decodes in flight) never holds more than its limit.
 */
class MemoryPressureTest {

    private static final int ITEMS = 8;
    private static final int ROWS = 60_000;
    private static final int READERS = 6;
    private static final int READS_PER_READER = 12;

    @TempDir
    Path temp;
    private ExecutorService readers;

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void concurrentReads_dataFarAboveLimit_succeedOrBusyAndPeakWithinLimit() throws Exception {
        Path sorRoot = Files.createDirectories(temp.resolve("sor"));
        for (int i = 0; i < ITEMS; i++) {
            BondTrades.writeParquet(ROWS, sorRoot.resolve("trades-" + i + ".parquet"));
        }
        long itemBytes;
        try (Cache probe = Cache.builder().cacheRoot(temp.resolve("probe"))
                .systemOfRecord(new DirectorySystemOfRecord(sorRoot)).build()) {
            itemBytes = probe.read(ItemKey.of("sd", "trades-0.parquet")).info().heapBytes();
        }
        long limit = itemBytes * 5 / 2; // two items and a half: most reads must evict or wait

        try (Cache cache = Cache.builder().cacheRoot(temp.resolve("cache"))
                .systemOfRecord(new DirectorySystemOfRecord(sorRoot)).memoryLimitBytes(limit)
                .maxConcurrentDecodes(2).decodeWait(Duration.ofMillis(200)).build()) {
            Outcome fromSource = readConcurrently(cache);
            cache.policy().awaitPersistence();
            Outcome fromDisk = readConcurrently(cache);

            assertEquals(List.of(), fromSource.unexpected(), "reads from the source");
            assertEquals(List.of(), fromDisk.unexpected(), "reads from disk");
            assertTrue(fromSource.served() + fromDisk.served() > 0, "nothing was served");
            CacheStats stats = cache.stats();
            assertTrue(stats.memoryPeakBytes() <= limit,
                    "peak " + stats.memoryPeakBytes() + " above the limit " + limit);
        }
        TestFiles.deleteTree(sorRoot);
    }

    private record Outcome(int served, int busy, List<Throwable> unexpected) {}

    private Outcome readConcurrently(Cache cache) throws Exception {
        readers = Executors.newFixedThreadPool(READERS);
        AtomicInteger served = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            Random random = new Random(r);
            running.add(readers.submit(() -> {
                for (int n = 0; n < READS_PER_READER; n++) {
                    try {
                        cache.read(ItemKey.of("sd", "trades-" + random.nextInt(ITEMS) + ".parquet"));
                        served.incrementAndGet();
                    } catch (MemoryBusyException e) {
                        busy.incrementAndGet();
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
            }));
        }
        for (Future<?> reader : running) {
            reader.get();
        }
        readers.shutdown();
        return new Outcome(served.get(), busy.get(), List.copyOf(unexpected));
    }
}
