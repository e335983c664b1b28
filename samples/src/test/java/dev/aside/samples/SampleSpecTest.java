package dev.aside.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.spec.PreloadReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSpecTest {

    @TempDir
    Path temp;

    @Test
    void samplesSpec_preloadsEverySampleItem() throws Exception {
        try (AsideEngine engine = SampleEngine.open(temp)) {
            PreloadReport report = engine.preload(SampleEngine.SAMPLES.resolve("spec/samples.json"), progress -> { })
                    .get(60, TimeUnit.SECONDS);

            List<String> keys = engine.cache().list().stream().map(ItemInfo::path).toList();
            assertEquals(List.of("file1.json", "file1.snappy.parquet", "file2.json", "file3.json",
                    "reference/securities.csv", "trades.csv"), keys);
            assertTrue(report.failures().isEmpty(), report.failures().toString());
        }
    }
}
