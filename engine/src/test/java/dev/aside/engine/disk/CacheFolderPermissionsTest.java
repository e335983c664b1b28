package dev.aside.engine.disk;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aside.engine.Cache;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.testing.CacheHarness;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cached copies are the user's data: on POSIX file systems every folder is 0700 and every file 0600. */
class CacheFolderPermissionsTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void cacheFolder_afterLoadsAndRestart_everythingOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        BondTrades.writeParquet(200, harness.sorRoot().resolve("trades.parquet"));
        harness.source("small.csv", "a\n1\n");
        harness.source("doc.json", "{}");
        Cache cache = harness.cache();
        cache.read(ItemKey.of("sd", "trades.parquet"));
        cache.read(ItemKey.of("sd", "small.csv"));
        cache.read(ItemKey.of("sd", "doc.json"));
        cache.policy().awaitPersistence();
        assertOwnerOnly();

        harness.restart();

        assertOwnerOnly();
    }

    private void assertOwnerOnly() throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(harness.cacheRoot())) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
            assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), path.toString());
        }
    }
}
