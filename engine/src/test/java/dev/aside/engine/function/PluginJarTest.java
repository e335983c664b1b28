package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.testing.CacheHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        Path jar = pluginJar("""
                package acme;

                import dev.aside.engine.Cache;
                import dev.aside.engine.function.AsideFunction;
                import dev.aside.engine.function.Kwargs;

                public class ShoutEcho implements AsideFunction {
                    public Object main(Cache cache, Kwargs kwargs) { return kwargs.string("text").toUpperCase(); }
                }
                """);
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

    private Path pluginJar(String source) throws IOException {
        Path src = Files.createDirectories(build.resolve("src/acme")).resolve("ShoutEcho.java");
        Files.writeString(src, source);
        Path classes = Files.createDirectories(build.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), src.toString());
        assertEquals(0, status, "the test plugin must compile");
        Path jar = build.resolve("acme.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "acme/ShoutEcho.class", Files.readAllBytes(classes.resolve("acme/ShoutEcho.class")));
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
