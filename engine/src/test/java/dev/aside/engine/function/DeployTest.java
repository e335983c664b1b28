package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.FunctionCompileException;
import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.testing.CacheHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DeployTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    @Test
    void deploy_compileErrorThenFixThenRedeploy_replacesBehaviourLive() throws Exception {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            FunctionCompileException error = assertThrows(FunctionCompileException.class,
                    () -> registry.deploy("greet", RegistryFixture.source("Greet", "\"hi\" + missing")));
            assertEquals(7, error.diagnostics().get(0).line());
            assertTrue(error.diagnostics().get(0).column() > 0);
            assertTrue(error.getMessage().contains("line 7"), error.getMessage());
            assertFalse(Files.exists(functions.resolve("greet.java")), "a broken source must not be saved");
            assertThrows(FunctionNotFoundException.class, () -> registry.call("greet", Map.of()));

            FunctionInfo first = registry.deploy("greet", RegistryFixture.source("Greet", "\"hi \" + kwargs.string(\"who\")"));
            assertEquals("hi Bo", registry.call("greet", Map.of("who", "Bo")).json().asText());
            assertTrue(Files.readString(functions.resolve("greet.java")).contains("hi "));

            FunctionInfo second = registry.deploy("greet", RegistryFixture.source("Greet", "\"hello \" + kwargs.string(\"who\")"));
            assertEquals("hello Bo", registry.call("greet", Map.of("who", "Bo")).json().asText());
            assertNotEquals(first.version(), second.version());

            registry.rescan();
            assertEquals("hello Bo", registry.call("greet", Map.of("who", "Bo")).json().asText());
        }
    }

    @Test
    void undeploy_deployedFunction_goneNowAndAfterRestart_builtinsRefused() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("doomed", RegistryFixture.source("Doomed", "1"));
            registry.undeploy("doomed");
            assertThrows(FunctionNotFoundException.class, () -> registry.call("doomed", Map.of()));
            assertFalse(Files.exists(functions.resolve("doomed.java")));
            assertTrue(registry.find("doomed").isEmpty());
            assertThrows(InvalidParameterException.class, () -> registry.undeploy("filter"));
            assertThrows(FunctionNotFoundException.class, () -> registry.undeploy("never"));
        }
        try (FunctionRegistry reopened = RegistryFixture.open(harness.cache(), functions)) {
            assertTrue(reopened.find("doomed").isEmpty());
        }
    }

    @Test
    void deploy_survivesRestartOfTheRegistry() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("kept", RegistryFixture.source("Kept", "7"));
        }
        try (FunctionRegistry reopened = RegistryFixture.open(harness.cache(), functions)) {
            assertEquals(7, reopened.call("kept", Map.of()).json().asInt());
        }
    }

    @Test
    void deploy_rejectsBuiltinNamesInvalidNamesAndNonFunctions() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            assertThrows(InvalidParameterException.class, () -> registry.deploy("echo", RegistryFixture.source("E", "1")));
            assertThrows(InvalidParameterException.class, () -> registry.deploy("../evil", RegistryFixture.source("E", "1")));
            FunctionCompileException notAFunction = assertThrows(FunctionCompileException.class,
                    () -> registry.deploy("plain", "public class Plain {}"));
            assertTrue(notAFunction.getMessage().contains("AsideFunction"), notAFunction.getMessage());
        }
    }
}
