package dev.aside.engine.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.format.ParquetTables;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Estimates against the heap a value really retains, measured with full collections. */
class HeapEstimatorTest {

    private static final int ROWS = 1_000_000;

    @TempDir
    Path folder;

    @Test
    void estimate_millionRowTable_within10PercentOfRetainedHeap() {
        BondTrades.generate(1_000);

        assertWithin(0.10, () -> new TableValue(BondTrades.generate(ROWS)));
    }

    @Test
    void estimate_millionRowTableReadFromParquet_within10PercentOfRetainedHeap() {
        Path file = BondTrades.writeParquet(ROWS, folder.resolve("trades.parquet"));
        ParquetTables.readTable(file);

        assertWithin(0.10, () -> new TableValue(ParquetTables.readTable(file)));
    }

    @Test
    void estimate_jsonCollection_within10PercentOfRetainedHeap() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 50_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"cusip\":\"C").append(i)
                    .append("\",\"price\":").append(99.5 + i % 7).append(",\"quantity\":").append(i)
                    .append(",\"callable\":").append(i % 2 == 0).append(",\"tags\":[\"ig\",\"usd\"]}");
        }
        String text = json.append(']').toString();
        ObjectMapper mapper = new ObjectMapper();
        mapper.readTree(text);

        assertWithin(0.10, () -> {
            try {
                JsonNode tree = mapper.readTree(text);
                return new JsonValue(tree);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void estimate_bytes_arrayWithHeader() {
        assertEquals(16 + 16 + 1_000, HeapEstimator.estimate(new BytesValue(new byte[1_000])));
        assertEquals(16 + 16 + 1_008, HeapEstimator.estimate(new BytesValue(new byte[1_001])));
    }

    /**
     * Retained heap is heap in use with the value held minus heap in use after letting it go, so
     * what the build leaves behind (classes loaded, caches warmed) cancels out. Other threads (the
     * test runner's reporting, JIT bookkeeping) can shift a single reading by a megabyte or two, so
     * the median of three builds is compared.
     */
    private static void assertWithin(double tolerance, Supplier<Value> build) {
        long[] retained = new long[3];
        long estimate = 0;
        String kind = "";
        for (int trial = 0; trial < retained.length; trial++) {
            Value[] held = {build.get()};
            estimate = HeapEstimator.estimate(held[0]);
            kind = held[0].kind().toString();
            long withValue = usedHeapAfterGc();
            held[0] = null;
            retained[trial] = withValue - usedHeapAfterGc();
        }
        Arrays.sort(retained);
        long median = retained[1];

        double error = (estimate - median) / (double) median;
        System.out.printf("%s: estimate %,d bytes, retained %,d bytes (median of %s), error %+.1f%%%n",
                kind, estimate, median, Arrays.toString(retained), error * 100);
        assertTrue(Math.abs(error) <= tolerance, "estimate " + estimate + " vs retained " + median);
    }

    /** Heap in use once repeated full collections stop freeing anything. */
    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
