package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.Cache;
import dev.aside.engine.FunctionTimeoutException;
import dev.aside.engine.ItemKey;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.TableValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Deleting stale results must not hold up time limits or the cache, and no stored result outlives a restart. */
class StaleResultCleanupTest {

    private static final String TOTAL = """
            import dev.aside.engine.Cache;
            import dev.aside.engine.function.AsideFunction;
            import dev.aside.engine.function.FunctionContext;
            import dev.aside.engine.function.CachedResult;
            import dev.aside.engine.function.Kwargs;

            @CachedResult
            public class Total implements AsideFunction {
                public Object main(FunctionContext context) {
                    return context.table("prices").doubleColumn("price").sum();
                }
            }
            """;

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    /** Open while a delete of a stored result is held up, as one waiting behind the disk writer is. */
    private final CountDownLatch deleteMayFinish = new CountDownLatch(1);
    private final CountDownLatch deleteWaiting = new CountDownLatch(1);
    private FunctionRegistry registry;

    @BeforeEach
    void setUp() {
        registry = FunctionRegistry.builder(slowResultDeletes(harness.cache())).functionDir(functions)
                .watchFolder(false).timeLimit(Duration.ofMillis(500)).build();
    }

    @AfterEach
    void tearDown() {
        deleteMayFinish.countDown();
        registry.close();
    }

    @Test
    void staleResultDelete_waitingOnTheCache_doesNotDelayTimeLimits() throws Exception {
        makeAStaleResult();
        registry.deploy("sleepy", RegistryFixture.source("Sleepy",
                "new java.util.concurrent.CountDownLatch(1).await(10, java.util.concurrent.TimeUnit.SECONDS)"));

        FunctionCall call = registry.submit("sleepy", Map.of());
        assertThrows(FunctionTimeoutException.class, () -> call.get(5, TimeUnit.SECONDS));
    }

    @Test
    void staleResultDelete_waitingOnTheCache_doesNotBlockCacheWrites() throws Exception {
        makeAStaleResult();

        CompletableFuture<?> put = CompletableFuture.runAsync(() -> harness.cache().put(ItemKey.written("other"), prices(1)));
        put.get(5, TimeUnit.SECONDS);
    }

    @Test
    void storedResults_ofAnEarlierRun_areDeletedAtStart() throws Exception {
        harness.cache().put(ItemKey.written("prices"), prices(1, 2));
        registry.deploy("total", TOTAL);
        registry.call("total", Map.of());
        registry.close();
        Cache restarted = harness.restart();
        assertTrue(hasStoredResult(restarted), "the result was persisted");

        registry = RegistryFixture.open(restarted, functions);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (hasStoredResult(restarted) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(hasStoredResult(restarted), "results the new index cannot serve are deleted");
        assertEquals(3.0, registry.call("total", Map.of()).json().asDouble());
    }

    /** Stores a result, then replaces its input, so that the result's delete starts and is held up. */
    private void makeAStaleResult() throws InterruptedException {
        harness.cache().put(ItemKey.written("prices"), prices(1, 2));
        registry.deploy("total", TOTAL);
        registry.call("total", Map.of());
        harness.cache().put(ItemKey.written("prices"), prices(3));
        assertTrue(deleteWaiting.await(5, TimeUnit.SECONDS), "the stale result's delete started");
    }

    private static boolean hasStoredResult(Cache cache) {
        return cache.list().stream().anyMatch(item -> item.path().startsWith("fn/"));
    }

    private Cache slowResultDeletes(Cache real) {
        return (Cache) Proxy.newProxyInstance(Cache.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("delete") && String.valueOf(args[0]).startsWith("fn/")) {
                        deleteWaiting.countDown();
                        deleteMayFinish.await();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static TableValue prices(double... values) {
        return new TableValue(Table.create("prices", DoubleColumn.create("price", values)));
    }
}
