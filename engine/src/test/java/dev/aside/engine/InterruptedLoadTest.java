package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aside.engine.testing.CacheHarness;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A load stopped by its own thread's interrupt does not fail the others reading the same key. */
class InterruptedLoadTest {

    /** Long enough for the second reader to be waiting on the first one's load. */
    private static final long JOIN_MILLIS = 300;

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    private final ExecutorService readers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopReaders() {
        harness.sor().releaseOpens();
        readers.shutdownNow();
    }

    @Test
    void loadingThreadInterrupted_aReaderSharingTheLoadGetsTheItemFromItsOwnLoad() throws Exception {
        harness.source("prices.json", "{\"v\": 1}");
        harness.sor().holdOpens();
        Future<CachedItem> first = readers.submit(() -> harness.cache().read(ItemKey.of("sd", "prices.json")));
        harness.sor().awaitOpening();
        Future<CachedItem> second = readers.submit(() -> harness.cache().read(ItemKey.of("sd", "prices.json")));
        Thread.sleep(JOIN_MILLIS);

        first.cancel(true); // as the console's Cancel does
        Thread.sleep(JOIN_MILLIS);
        harness.sor().releaseOpens();

        assertEquals(1, second.get(10, TimeUnit.SECONDS).info().columns());
        assertEquals(2, harness.sor().opens(), "the second reader loaded it itself");
    }

    @Test
    void readerWaitingOnAnotherLoad_canBeInterrupted_andTheLoadGoesOn() throws Exception {
        harness.source("prices.json", "{\"v\": 1}");
        harness.sor().holdOpens();
        Future<CachedItem> first = readers.submit(() -> harness.cache().read(ItemKey.of("sd", "prices.json")));
        harness.sor().awaitOpening();
        CompletableFuture<Thread> waiterThread = new CompletableFuture<>();
        Future<CachedItem> waiter = readers.submit(() -> {
            waiterThread.complete(Thread.currentThread());
            return harness.cache().read(ItemKey.of("sd", "prices.json"));
        });
        Thread.sleep(JOIN_MILLIS);

        waiterThread.get().interrupt();
        ExecutionException stopped = assertThrows(ExecutionException.class, () -> waiter.get(10, TimeUnit.SECONDS));
        assertInstanceOf(CancellationException.class, stopped.getCause());

        harness.sor().releaseOpens();
        assertEquals(1, first.get(10, TimeUnit.SECONDS).info().columns());
    }
}
