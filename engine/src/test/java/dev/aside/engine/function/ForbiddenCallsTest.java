package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.FunctionCompileException;
import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.testing.CacheHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Deployed code that would stop the server or start processes is refused at its lines, and nothing is saved. */
class ForbiddenCallsTest {

    private static final String DANGEROUS = """
            import dev.aside.engine.function.*;
            import java.util.function.IntConsumer;

            public class Dangerous implements AsideFunction {
                public Object main(FunctionContext context) throws Exception {
                    if (context.params().has("exit")) System.exit(0);
                    if (context.params().has("halt")) Runtime.getRuntime().halt(1);
                    if (context.params().has("exec")) Runtime.getRuntime().exec(new String[] {"true"});
                    if (context.params().has("pb")) new ProcessBuilder("true").inheritIO();
                    IntConsumer later = System::exit;
                    return "harmless";
                }
            }
            """;

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    @Test
    void deploy_exitHaltExecAndProcessBuilder_refusedAtTheirLines_andNothingSaved() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            FunctionCompileException refused = assertThrows(FunctionCompileException.class,
                    () -> registry.deploy("dangerous", DANGEROUS));

            List<Long> lines = refused.diagnostics().stream().map(FunctionCompileException.Diagnostic::line).toList();
            assertEquals(List.of(6L, 7L, 8L, 9L, 10L), lines, refused.diagnostics().toString());
            assertTrue(refused.diagnostics().get(0).message().contains("System.exit"), refused.getMessage());
            assertTrue(refused.diagnostics().get(3).message().contains("ProcessBuilder"), refused.getMessage());
            assertFalse(Files.exists(functions.resolve("dangerous.java")));
            assertThrows(FunctionNotFoundException.class, () -> registry.call("dangerous", Map.of()));
        }
    }

    @Test
    void deploy_codeThatOnlyMentionsTheNames_isAccepted() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("mentions", RegistryFixture.source("Mentions",
                    "\"System.exit and ProcessBuilder\" + Runtime.getRuntime().availableProcessors()"));

            assertTrue(registry.call("mentions", Map.of()).json().asText().startsWith("System.exit"));
        }
    }
}
