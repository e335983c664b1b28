package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import dev.aside.engine.testing.TestFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item's profile is computed once per version by the disk writer and kept in the catalog: asking
 * again scans nothing (its computed-at stamp stays while the clock moves on), an update computes a
 * new one, a delete drops it, and a restart answers from the catalog.
 */
class ItemProfileTest {

    private static final ItemKey TRADES = ItemKey.of("sd", "trades.csv");

    @TempDir
    Path temp;
    private final MovingClock clock = new MovingClock();
    private Cache cache;

    /** A clock that only moves when the test says so. */
    private static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-30T01:00:00.123456Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @BeforeEach
    void open() {
        TestFiles.write(temp.resolve("sor"), "trades.csv", "cusip,price\nA1,100.5\nB2,\nC3,99.25\n");
        cache = start();
    }

    private Cache start() {
        return Cache.builder().cacheRoot(temp.resolve("cache"))
                .systemOfRecord(new DirectorySystemOfRecord(temp.resolve("sor"))).clock(clock).build();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void profile_secondCall_answeredFromStoredProfileWithoutScan() {
        cache.read(TRADES);
        cache.policy().awaitPersistence();
        Instant writtenAt = clock.instant();
        clock.advance(Duration.ofMinutes(5));

        ItemProfile first = cache.profile(TRADES);
        clock.advance(Duration.ofMinutes(5));
        ItemProfile second = cache.profile(TRADES);

        assertEquals(writtenAt, first.computedAt(), "computed by the disk writer, before any call");
        assertEquals(first.computedAt(), second.computedAt(), "the second call computed nothing");
        assertEquals(List.of(3, 2), first.facts().get("shape"));
        assertEquals("TABLE", first.facts().get("kind"));
    }

    @Test
    void profile_afterUpdate_recomputedForTheNewVersion() {
        cache.read(TRADES);
        cache.policy().awaitPersistence();
        ItemProfile old = cache.profile(TRADES);
        TestFiles.write(temp.resolve("sor"), "trades.csv", "cusip,price,qty\nA1,100.5,1\n");
        clock.advance(Duration.ofMinutes(1));

        cache.update(TRADES);
        cache.policy().awaitPersistence();
        ItemProfile fresh = cache.profile(TRADES);

        assertNotEquals(old.version(), fresh.version());
        assertTrue(fresh.computedAt().isAfter(old.computedAt()));
        assertEquals(List.of(1, 3), fresh.facts().get("shape"));
    }

    @Test
    void profile_afterRestart_answeredFromCatalog() {
        cache.read(TRADES);
        cache.policy().awaitPersistence();
        ItemProfile before = cache.profile(TRADES);
        cache.close();
        clock.advance(Duration.ofHours(1));

        cache = start();
        ItemProfile after = cache.profile(TRADES);

        assertEquals(before.computedAt(), after.computedAt(), "kept in the catalog, not computed again");
        assertEquals(before.facts(), after.facts());
    }

    @Test
    void profile_beforeTheDiskWriterRan_countsNoHit() {
        cache.close();
        Deque<Runnable> held = new ArrayDeque<>(); // the disk writer's work, held until the test lets it run
        AtomicBoolean holding = new AtomicBoolean(true);
        cache = Cache.builder().cacheRoot(temp.resolve("cache"))
                .systemOfRecord(new DirectorySystemOfRecord(temp.resolve("sor"))).clock(clock)
                .diskWriterExecutor(work -> {
                    if (holding.get()) {
                        held.add(work);
                    } else {
                        work.run();
                    }
                }).build();
        cache.read(TRADES);
        long hits = cache.head(TRADES).orElseThrow().hits();

        ItemProfile profile = cache.profile(TRADES);

        assertEquals(hits, cache.head(TRADES).orElseThrow().hits(), "looking at a profile is not a read");
        assertEquals(List.of("cusip", "price"), profile.columnNames());
        holding.set(false);
        held.forEach(Runnable::run);
    }

    @Test
    void profile_afterDelete_notCached() {
        cache.read(TRADES);
        cache.policy().awaitPersistence();
        cache.profile(TRADES);

        cache.delete(TRADES);

        assertThrows(ItemNotFoundException.class, () -> cache.profile(TRADES));
    }
}
