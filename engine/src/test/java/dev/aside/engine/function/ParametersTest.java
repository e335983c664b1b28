package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.testing.CacheHarness;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ParametersTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    @Test
    void call_badOrMissingParameters_failBeforeRunningWithTypedErrors() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            InvalidParameterException bad = assertThrows(InvalidParameterException.class,
                    () -> registry.submit("pi", Map.of("significant_digits", "many")));
            assertTrue(bad.getMessage().contains("significant_digits"), bad.getMessage());
            InvalidParameterException missing = assertThrows(InvalidParameterException.class,
                    () -> registry.submit("stats_cache_item", Map.of()));
            assertTrue(missing.getMessage().contains("'key'"), missing.getMessage());
        }
    }

    @Test
    void call_unknownOrInvalidName_isFunctionNotFound() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            assertThrows(FunctionNotFoundException.class, () -> registry.call("nope", Map.of()));
            FunctionNotFoundException invalid = assertThrows(FunctionNotFoundException.class,
                    () -> registry.call("bad name!", Map.of()));
            assertTrue(invalid.getMessage().contains("not a function name"), invalid.getMessage());
        }
    }

    @Test
    void call_undeclaredParameters_arePassedThroughAsStrings() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            registry.deploy("twice", RegistryFixture.source("Twice", "kwargs.integer(\"n\") * 2"));
            assertEquals(42, registry.call("twice", Map.of("n", "21")).json().asInt());
        }
    }

    @Test
    void list_describesBuiltinsWithTheirParameters() {
        try (FunctionRegistry registry = RegistryFixture.open(harness.cache(), functions)) {
            FunctionInfo pi = registry.find("pi").orElseThrow();
            assertEquals(FunctionOrigin.BUILTIN, pi.origin());
            ParameterSpec digits = pi.parameters().get(0);
            assertEquals("significant_digits", digits.name());
            assertEquals(ParameterType.INTEGER, digits.type());
            assertEquals("10", digits.defaultValue());
            assertTrue(registry.list().stream().map(FunctionInfo::name).toList()
                    .containsAll(java.util.List.of("echo", "random_number", "pi", "stats_cache", "stats_cache_item",
                            "cache_item_stats", "filelist", "cache_head")));
        }
    }
}
