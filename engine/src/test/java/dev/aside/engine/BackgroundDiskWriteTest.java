package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.CacheHarness;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The first read answers as soon as the item is decoded; its disk copy is written afterwards. */
class BackgroundDiskWriteTest {

    private static final int ROWS = 300_000;

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void firstRead_returnsBeforeTheDiskWrite_whichFollowsInTheBackground() {
        StringBuilder csv = new StringBuilder("cusip,price,quantity\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("C").append(i % 5_000).append(',').append(90 + i % 20).append('.').append(i % 100)
                    .append(',').append(i * 1_000L).append('\n');
        }
        harness.source("big.csv", csv.toString());
        List<ItemKey> persisted = new CopyOnWriteArrayList<>();
        harness.cache().subscribe(event -> {
            if (event instanceof CacheEvent.Persisted) {
                persisted.add(event.key());
            }
        });

        CachedItem item = harness.cache().read(ItemKey.of("sd", "big.csv")); // a CSV is written to disk as Parquet: seconds of work
        boolean writtenBeforeTheReadReturned = !persisted.isEmpty();
        Tier tierAtReturn = harness.cache().head(ItemKey.of("sd", "big.csv")).orElseThrow().tier();

        assertEquals(ROWS, item.info().rows());
        assertFalse(writtenBeforeTheReadReturned, "the read waited for the disk write");
        assertEquals(Tier.MEMORY, tierAtReturn);
        harness.cache().policy().awaitPersistence();
        assertEquals(List.of(ItemKey.of("sd", "big.csv")), persisted);
        assertTrue(harness.cache().head(ItemKey.of("sd", "big.csv")).orElseThrow().tier().onDisk());
    }
}
