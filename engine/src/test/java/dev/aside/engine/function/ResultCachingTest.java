package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.TableValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class ResultCachingTest {

    private static final String TOTAL = """
            import dev.aside.engine.Cache;
            import dev.aside.engine.function.AsideFunction;
            import dev.aside.engine.function.FunctionContext;
            import dev.aside.engine.function.CachedResult;
            import dev.aside.engine.function.Kwargs;

            @CachedResult
            public class Total implements AsideFunction {
                public Object main(FunctionContext context) {
                    return context.table(context.params().string("key")).doubleColumn("price").sum();
                }
            }
            """;

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    @Test
    void cachedResult_isServedAgainUntilAnInputIsUpdated() {
        harness.cache().put(ItemKey.written("prices"), prices(1, 2));
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            FunctionInfo info = registry.deploy("total", TOTAL);
            assertTrue(info.cachesResult());

            FunctionResult first = registry.call("total", Map.of("key", "prices"));
            assertEquals(3.0, first.json().asDouble());
            assertFalse(first.fromResultCache());

            FunctionResult second = registry.call("total", Map.of("key", "prices"));
            assertTrue(second.fromResultCache());
            assertEquals(3.0, second.json().asDouble());

            harness.cache().put(ItemKey.written("prices"), prices(10, 20));
            FunctionResult third = registry.call("total", Map.of("key", "prices"));
            assertFalse(third.fromResultCache());
            assertEquals(30.0, third.json().asDouble());
            assertTrue(registry.call("total", Map.of("key", "prices")).fromResultCache());
        }
    }

    @Test
    void cachedResult_differentParametersOrNewCode_areDifferentEntries() {
        harness.cache().put(ItemKey.written("a"), prices(1));
        harness.cache().put(ItemKey.written("b"), prices(2));
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("total", TOTAL);
            assertEquals(1.0, registry.call("total", Map.of("key", "a")).json().asDouble());
            assertEquals(2.0, registry.call("total", Map.of("key", "b")).json().asDouble());
            registry.deploy("total", TOTAL.replace(".sum()", ".sum() * 100"));
            FunctionResult fresh = registry.call("total", Map.of("key", "a"));
            assertFalse(fresh.fromResultCache());
            assertEquals(100.0, fresh.json().asDouble());
        }
    }

    @Test
    void cachedResult_readThroughAnUncleanPath_isDroppedWhenTheItemChanges() {
        harness.cache().put(ItemKey.written("prices"), prices(1, 2));
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("total", TOTAL);
            assertEquals(3.0, registry.call("total", Map.of("key", "./prices")).json().asDouble());

            harness.cache().put(ItemKey.written("prices"), prices(10, 20));
            FunctionResult fresh = registry.call("total", Map.of("key", "./prices"));
            assertFalse(fresh.fromResultCache());
            assertEquals(30.0, fresh.json().asDouble());
        }
    }

    @Test
    void cachedResult_parametersThatJoinToTheSameText_areDifferentEntries() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("params", """
                    import dev.aside.engine.Cache;
                    import dev.aside.engine.function.AsideFunction;
                    import dev.aside.engine.function.FunctionContext;
                    import dev.aside.engine.function.CachedResult;
                    import dev.aside.engine.function.Kwargs;

                    @CachedResult
                    public class Params implements AsideFunction {
                        public Object main(FunctionContext context) {
                            return context.params().asMap().size();
                        }
                    }
                    """);
            assertEquals(1, registry.call("params", Map.of("a", "1\nb=2")).json().asInt());
            FunctionResult two = registry.call("params", Map.of("a", "1", "b", "2"));
            assertFalse(two.fromResultCache());
            assertEquals(2, two.json().asInt());
        }
    }

    @Test
    void cachedResult_inputChangedDuringTheCall_isReturnedButNotStored() throws Exception {
        harness.cache().put(ItemKey.written("prices"), prices(1, 2));
        Path read = functions.resolve("restock-read.flag");
        Path go = functions.resolve("restock-go.flag");
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("restock", """
                    import dev.aside.engine.Cache;
                    import dev.aside.engine.function.AsideFunction;
                    import dev.aside.engine.function.FunctionContext;
                    import dev.aside.engine.function.CachedResult;
                    import dev.aside.engine.function.Kwargs;

                    @CachedResult
                    public class Restock implements AsideFunction {
                        public Object main(FunctionContext context) throws Exception {
                            double total = context.table("prices").doubleColumn("price").sum();
                            java.nio.file.Files.writeString(java.nio.file.Path.of(context.params().string("read")), "");
                            while (!java.nio.file.Files.exists(java.nio.file.Path.of(context.params().string("go")))) {
                                Thread.sleep(10);
                            }
                            return total;
                        }
                    }
                    """);
            FunctionCall call = registry.submit("restock", Map.of("read", read.toString(), "go", go.toString()));
            while (!Files.exists(read)) {
                Thread.sleep(10);
            }
            harness.cache().put(ItemKey.written("prices"), prices(1, 2)); // replaced while the call runs
            Files.writeString(go, "");
            FunctionResult result = call.get();
            assertEquals(3.0, result.json().asDouble());
            assertTrue(harness.cache().list().stream().noneMatch(item -> item.path().startsWith("fn/")),
                    "a result that will never be served is not stored");
        }
    }

    private static TableValue prices(double... values) {
        return new TableValue(Table.create("prices", DoubleColumn.create("price", values)));
    }
}
