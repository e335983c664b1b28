package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.testing.CacheHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class UserFunctionFolderTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    @Test
    void javaFileInFolder_isCompiledAtLoadAndCallable() throws Exception {
        Files.writeString(functions.resolve("hello.java"), """
                import dev.aside.engine.Cache;
                import dev.aside.engine.function.AsideFunction;
                import dev.aside.engine.function.FunctionContext;
                import dev.aside.engine.function.Kwargs;

                public class Hello implements AsideFunction {
                    public Object main(FunctionContext context) { return "hello " + context.params().string("name", "world"); }
                }
                """);
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            assertEquals("hello world", registry.call("hello", Map.of()).json().asText());
            assertEquals("hello Ada", registry.call("hello", Map.of("name", "Ada")).json().asText());
            FunctionInfo info = registry.find("hello").orElseThrow();
            assertEquals(FunctionOrigin.USER, info.origin());
            assertEquals(functions.resolve("hello.java"), info.sourceFile());
        }
    }

    @Test
    void rescan_picksUpNewChangedAndDeletedFiles() throws Exception {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            List<FunctionRegistryEvent> events = new CopyOnWriteArrayList<>();
            registry.addListener(events::add);
            Path file = functions.resolve("answer.java");

            Files.writeString(file, RegistryFixture.source("Answer", "41"));
            registry.rescan();
            assertEquals(41, registry.call("answer", Map.of()).json().asInt());

            Files.writeString(file, RegistryFixture.source("Answer", "42"));
            registry.rescan();
            assertEquals(42, registry.call("answer", Map.of()).json().asInt());

            Files.delete(file);
            registry.rescan();
            assertThrows(FunctionNotFoundException.class, () -> registry.call("answer", Map.of()));
            assertInstanceOf(FunctionRegistryEvent.Added.class, events.get(0));
            assertInstanceOf(FunctionRegistryEvent.Replaced.class, events.get(1));
            assertInstanceOf(FunctionRegistryEvent.Removed.class, events.get(2));
        }
    }

    @Test
    void rescan_brokenEdit_reportsFailureAndKeepsLastGoodVersion() throws Exception {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            List<FunctionRegistryEvent> events = new CopyOnWriteArrayList<>();
            registry.addListener(events::add);
            Path file = functions.resolve("answer.java");
            Files.writeString(file, RegistryFixture.source("Answer", "42"));
            registry.rescan();

            Files.writeString(file, RegistryFixture.source("Answer", "42 +"));
            registry.rescan();

            assertEquals(42, registry.call("answer", Map.of()).json().asInt());
            FunctionRegistryEvent.LoadFailed failed = assertInstanceOf(FunctionRegistryEvent.LoadFailed.class, events.get(1));
            assertTrue(failed.message().contains("line 7"), failed.message());
        }
    }

    @Test
    void fileNamedLikeBuiltin_isNotLoaded() throws Exception {
        Files.writeString(functions.resolve("echo.java"), RegistryFixture.source("Echo", "\"mine\""));
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            assertEquals(FunctionOrigin.BUILTIN, registry.find("echo").orElseThrow().origin());
        }
    }

    @Test
    void watcher_rescansWhenAFileArrives() throws Exception {
        try (FunctionRegistry registry = FunctionRegistry.builder(harness.cache()).functionDir(functions).build()) {
            java.util.concurrent.CountDownLatch added = new java.util.concurrent.CountDownLatch(1);
            registry.addListener(event -> {
                if (event instanceof FunctionRegistryEvent.Added) {
                    added.countDown();
                }
            });
            Files.writeString(functions.resolve("late.java"), RegistryFixture.source("Late", "\"here\""));
            assertTrue(added.await(20, TimeUnit.SECONDS), "the watcher did not pick up the new file");
            assertEquals("here", registry.call("late", Map.of()).json().asText());
        }
    }
}
