package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.testing.CacheHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PluginJarTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    @TempDir
    Path build;

    @Test
    void jarPlugin_foundWithServiceLoader_andRemovedWithItsFile() throws Exception {
        Path jar = pluginJar(Map.of("ShoutEcho", """
                package acme;

                import dev.aside.engine.Cache;
                import dev.aside.engine.function.AsideFunction;
                import dev.aside.engine.function.FunctionContext;
                import dev.aside.engine.function.Kwargs;

                public class ShoutEcho implements AsideFunction {
                    public Object main(FunctionContext context) { return context.params().string("text").toUpperCase(); }
                }
                """));
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            Files.copy(jar, functions.resolve("acme.jar"));
            registry.rescan();

            FunctionInfo info = registry.find("shout_echo").orElseThrow();
            assertEquals(FunctionOrigin.PLUGIN, info.origin());
            assertEquals("HEY", registry.call("shout_echo", Map.of("text", "hey")).json().asText());

            Files.delete(functions.resolve("acme.jar"));
            registry.rescan();
            assertThrows(FunctionNotFoundException.class, () -> registry.call("shout_echo", Map.of()));
        }
    }

    @Test
    void jarPlugin_removedWhileACallRuns_keepsItsClassesUntilTheCallEnds() throws Exception {
        Path jar = pluginJar(Map.of("ShoutEcho", """
                package acme;

                import dev.aside.engine.Cache;
                import dev.aside.engine.function.AsideFunction;
                import dev.aside.engine.function.FunctionContext;
                import dev.aside.engine.function.Kwargs;
                import java.nio.file.Files;
                import java.nio.file.Path;

                public class ShoutEcho implements AsideFunction {
                    public Object main(FunctionContext context) throws Exception {
                        Path gate = Path.of(context.params().string("gate"));
                        Files.createFile(gate.resolve("started"));
                        while (!Files.exists(gate.resolve("go"))) {
                            Thread.sleep(10);
                        }
                        return new Shouter().shout(context.params().string("text")); // Shouter is loaded only now
                    }
                }
                """, "Shouter", """
                package acme;

                public class Shouter {
                    public String shout(String text) { return text.toUpperCase(); }
                }
                """));
        Path gate = Files.createDirectories(build.resolve("gate"));
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            Files.copy(jar, functions.resolve("acme.jar"));
            registry.rescan();
            FunctionCall call = registry.submit("shout_echo", Map.of("text", "hey", "gate", gate.toString()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.exists(gate.resolve("started")) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            Files.delete(functions.resolve("acme.jar"));
            registry.rescan();
            Files.createFile(gate.resolve("go"));

            assertEquals("HEY", call.get(10, TimeUnit.SECONDS).json().asText());
        }
    }

    @Test
    void jarPlugin_callingRuntimeHalt_isNotLoaded_andTheFailureNamesTheCall() throws Exception {
        Path jar = pluginJar(Map.of("ShoutEcho", """
                package acme;

                import dev.aside.engine.function.AsideFunction;
                import dev.aside.engine.function.FunctionContext;

                public class ShoutEcho implements AsideFunction {
                    public Object main(FunctionContext context) { Runtime.getRuntime().halt(0); return null; }
                }
                """));
        List<FunctionRegistryEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.addListener(events::add);
            Files.copy(jar, functions.resolve("acme.jar"));
            registry.rescan();

            assertThrows(FunctionNotFoundException.class, () -> registry.call("shout_echo", Map.of()));
            String failure = events.stream().filter(FunctionRegistryEvent.LoadFailed.class::isInstance)
                    .map(Object::toString).findFirst().orElseThrow();
            org.junit.jupiter.api.Assertions.assertTrue(failure.contains("acme.ShoutEcho calls Runtime.halt"), failure);
        }
    }

    /** Compiles the classes of package {@code acme} into a jar that provides {@code acme.ShoutEcho}. */
    private Path pluginJar(Map<String, String> sources) throws IOException {
        Path srcDir = Files.createDirectories(build.resolve("src/acme"));
        List<String> args = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                "-d", Files.createDirectories(build.resolve("classes")).toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            args.add(Files.writeString(srcDir.resolve(source.getKey() + ".java"), source.getValue()).toString());
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertEquals(0, status, "the test plugin must compile");
        Path jar = build.resolve("acme.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : sources.keySet()) {
                add(out, "acme/" + name + ".class", Files.readAllBytes(build.resolve("classes/acme/" + name + ".class")));
            }
            add(out, "META-INF/services/" + AsideFunction.class.getName(),
                    "acme.ShoutEcho\n".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void add(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(bytes);
        jar.closeEntry();
    }
}
