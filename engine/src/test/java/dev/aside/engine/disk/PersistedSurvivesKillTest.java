package dev.aside.engine.disk;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.Tier;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import dev.aside.engine.testing.CountingSystemOfRecord;
import dev.aside.engine.testing.TestFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item reported persisted is on disk for good: a real child JVM reads items, and is killed with
 * SIGKILL ({@code destroyForcibly}) the moment the last Persisted event is printed; a new cache on the
 * same folder, with its SOR switched off, still serves every item from disk. Before the catalog
 * synced its commits, H2 held them in memory for up to a second and such a kill lost them.
 */
class PersistedSurvivesKillTest {

    @TempDir
    Path temp;

    @Test
    void killNineRightAfterPersisted_everyPersistedItemServedFromDiskWithSorOff() throws Exception {
        Path sorRoot = temp.resolve("sor");
        Path cacheRoot = temp.resolve("cache");
        List<String> items = new ArrayList<>();
        BondTrades.writeParquet(1_000, Files.createDirectories(sorRoot).resolve("trades.parquet"));
        items.add("trades.parquet");
        // JSON last: it lives only in its catalog row, so nothing but the row's commit can bring it back
        for (int i = 0; i < 5; i++) {
            items.add(TestFiles.write(sorRoot, "doc" + i + ".json", "{\"n\": " + i + "}").getFileName().toString());
        }

        Set<String> persisted = runAndKillAfterPersisted(sorRoot, cacheRoot, items);

        assertEquals(new HashSet<>(items), persisted);
        try (Cache cache = Cache.builder().cacheRoot(cacheRoot)
                .systemOfRecord(CountingSystemOfRecord.switchedOff(new DirectorySystemOfRecord(sorRoot))).build()) {
            assertEquals(new HashSet<>(items), new HashSet<>(cache.list().stream().map(ItemInfo::path).toList()));
            for (String item : items) {
                assertEquals(Tier.DISK, cache.read(ItemKey.of("sd", item)).servedFrom(), item);
            }
            assertEquals(1_000, cache.read(ItemKey.of("sd", "trades.parquet")).value().rows());
        }
    }

    private static Set<String> runAndKillAfterPersisted(Path sorRoot, Path cacheRoot, List<String> items)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                PersistingProcess.class.getName(), sorRoot.toString(), cacheRoot.toString()));
        command.addAll(items);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Set<String> persisted = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; persisted.size() < items.size() && (line = out.readLine()) != null; ) {
                if (line.startsWith("PERSISTED ")) {
                    persisted.add(line.substring("PERSISTED ".length()));
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        }
        return persisted;
    }
}
