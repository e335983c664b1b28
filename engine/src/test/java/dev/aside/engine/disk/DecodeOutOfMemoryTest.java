package dev.aside.engine.disk;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.Cache;
import dev.aside.engine.Tier;
import dev.aside.engine.format.FormatRegistry;
import dev.aside.engine.format.ValueFormat;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk copy whose decode runs out of memory is not damaged: the error stays a memory error,
 * nothing is quarantined, and the copy is still there for the next read once memory allows.
 */
class DecodeOutOfMemoryTest {

    @TempDir
    Path temp;

    /** The standard Parquet format, except that it runs out of memory while {@link #starved} is set. */
    private static final class StarvedParquet implements ValueFormat {
        private final ValueFormat real = FormatRegistry.standard().forPath("x.parquet");
        volatile boolean starved;

        @Override
        public String name() {
            return real.name();
        }

        @Override
        public List<String> extensions() {
            return real.extensions();
        }

        @Override
        public Value read(Path file, String name) {
            if (starved) {
                throw new OutOfMemoryError("Java heap space");
            }
            return real.read(file, name);
        }
    }

    @Test
    void readFromDisk_decodeOutOfMemory_notCorruptAndNothingQuarantined() throws IOException {
        StarvedParquet parquet = new StarvedParquet();
        Path sorRoot = Files.createDirectories(temp.resolve("sor"));
        Path cacheRoot = temp.resolve("cache");
        dev.aside.engine.bench.BondTrades.writeParquet(500, sorRoot.resolve("trades.parquet"));
        try (Cache cache = Cache.builder().cacheRoot(cacheRoot).systemOfRecord(new DirectorySystemOfRecord(sorRoot))
                .formats(FormatRegistry.standard().with(parquet)).build()) {
            cache.read(ItemKey.of("sd", "trades.parquet"));
            cache.policy().awaitPersistence();
            cache.policy().evictFromMemory(ItemKey.of("sd", "trades.parquet"));
            parquet.starved = true;

            assertThrows(OutOfMemoryError.class, () -> cache.read(ItemKey.of("sd", "trades.parquet")));

            parquet.starved = false;
            assertEquals(Tier.DISK, cache.read(ItemKey.of("sd", "trades.parquet")).servedFrom());
        }
        try (Stream<Path> quarantined = Files.list(cacheRoot.resolve(Quarantine.FOLDER))) {
            assertTrue(quarantined.toList().isEmpty());
        }
        TestFiles.deleteTree(sorRoot);
    }
}
