package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.FunctionCancelledException;
import dev.aside.engine.FunctionFailedException;
import dev.aside.engine.FunctionTimeoutException;
import dev.aside.engine.ItemKey;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.JsonValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class IsolationTest {

    private static final String LOOP_FOREVER = """
            import dev.aside.engine.Cache;
            import dev.aside.engine.function.AsideFunction;
            import dev.aside.engine.function.FunctionContext;
            import dev.aside.engine.function.Kwargs;

            public class Forever implements AsideFunction {
                public Object main(FunctionContext context) throws Exception {
                    while (true) {
                        Thread.sleep(10);
                    }
                }
            }
            """;

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    @Test
    void call_throwingFunction_failsCleanlyAndEngineStaysHealthy() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("boom", RegistryFixture.source("Boom", "java.util.List.of().get(0)"));
            registry.deploy("npe", RegistryFixture.source("Npe", "((String) context.params().get(\"absent\")).length()"));

            FunctionFailedException failed = assertThrows(FunctionFailedException.class, () -> registry.call("boom", Map.of()));
            assertTrue(failed.getMessage().contains("'boom' failed"), failed.getMessage());
            assertTrue(failed.getMessage().contains("out of bounds"), failed.getMessage());
            assertThrows(FunctionFailedException.class, () -> registry.call("npe", Map.of()));

            assertEquals("still fine", registry.call("echo", Map.of("message", "still fine")).json().asText());
        }
    }

    @Test
    void call_functionThatLoopsForever_timesOutAndIsInterrupted() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions, Duration.ofMillis(300))) {
            registry.deploy("forever", LOOP_FOREVER);
            long start = System.nanoTime();
            FunctionTimeoutException timeout = assertThrows(FunctionTimeoutException.class,
                    () -> registry.call("forever", Map.of()));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 5_000, "took " + millis + " ms");
            assertTrue(timeout.getMessage().contains("300 ms"), timeout.getMessage());
            assertEquals("ok", registry.call("echo", Map.of("message", "ok")).json().asText());
        }
    }

    @Test
    void submit_runningCallCanBeCancelled() throws Exception {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("forever", LOOP_FOREVER);
            FunctionCall call = registry.submit("forever", Map.of());
            Thread.sleep(100);
            assertTrue(call.cancel());
            assertTrue(call.isDone());
            assertThrows(FunctionCancelledException.class, call::get);
            assertEquals("ok", registry.call("echo", Map.of("message", "ok")).json().asText());
        }
    }

    @Test
    void call_functionThatWritesAResult_itemIsCachedUnderTheFunctionsOwnPrefix() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("writer", RegistryFixture.source("Writer",
                    "context.write(kwargs.string(\"name\"), "
                            + "new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put(\"n\", 1))"));
            assertEquals("out/writer/x", registry.call("writer", Map.of("name", "x")).json().asText());
            JsonValue stored = (JsonValue) harness.cache().getIfPresent(ItemKey.written("out/writer/x")).orElseThrow().value();
            assertEquals(1, stored.json().get("n").asInt());
        }
    }

    @Test
    void call_userFunctionAskingForTheWholeCache_isRefused() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("reacher", RegistryFixture.source("Reacher",
                    "dev.aside.engine.function.BuiltinCache.of(context).policy()"));
            FunctionFailedException refused = assertThrows(FunctionFailedException.class,
                    () -> registry.call("reacher", Map.of()));
            assertTrue(refused.getMessage().contains("Only built-in functions"), refused.getMessage());
        }
    }
}
