package dev.aside.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SeedBuiltinsTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @TempDir
    Path functions;

    private FunctionRegistry registry;

    @BeforeEach
    void openRegistry() {
        registry = FunctionRegistry.builder(harness.cache()).functionDir(functions).watchFolder(false).build();
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    @Test
    void echo_returnsMessage() {
        assertEquals("hi there", registry.call("echo", Map.of("message", "hi there")).json().asText());
    }

    @Test
    void randomNumber_staysBetweenStartAndStop() {
        for (int i = 0; i < 50; i++) {
            double value = registry.call("random_number", Map.of("start", "5", "stop", "7.5")).json().asDouble();
            assertTrue(value >= 5 && value <= 7.5, "got " + value);
        }
    }

    @Test
    void randomNumber_startAboveStopOrNotFinite_isInvalid() {
        for (Map<String, String> bad : List.of(Map.of("start", "7", "stop", "5"), Map.of("start", "NaN"),
                Map.of("stop", "Infinity"), Map.of("start", "-Infinity"))) {
            assertThrows(InvalidParameterException.class, () -> registry.call("random_number", bad), bad.toString());
        }
    }

    @Test
    void pi_significantDigits_areDigitsAfterThePointCutAsTheSeedPrinted() {
        assertEquals("3.1415926535", registry.call("pi", Map.of("significant_digits", "10")).json().asText());
        assertEquals("3.1", registry.call("pi", Map.of("significant_digits", "1")).json().asText());
        String hundred = registry.call("pi", Map.of("significant_digits", "100")).json().asText();
        assertTrue(hundred.endsWith("86280348253421170679"), hundred);
        assertEquals(102, hundred.length());
        assertThrows(InvalidParameterException.class, () -> registry.call("pi", Map.of("significant_digits", "0")));
    }

    @Test
    void statsCache_listsCachedKeys() {
        harness.cache().put(ItemKey.written("a/one"), new JsonValue(new ObjectMapper().createObjectNode()));
        harness.cache().put(ItemKey.written("b/two"), new JsonValue(new ObjectMapper().createArrayNode()));
        JsonNode keys = registry.call("stats_cache", Map.of()).json();
        assertEquals("[\"a/one\",\"b/two\"]", keys.toString());
    }

    @Test
    void statsCacheItem_describesTableLikePandasInfo() {
        Table trades = Table.create("t", StringColumn.create("cusip", "A", null, "C"),
                DoubleColumn.create("price", 1.0, 2.0, Double.NaN));
        harness.cache().put(ItemKey.written("trades"), new TableValue(trades));
        for (String name : new String[] {"stats_cache_item", "cache_item_stats"}) {
            JsonNode stats = registry.call(name, Map.of("key", "trades")).json();
            assertEquals("[3,2]", stats.get("shape").toString());
            assertEquals("STRING", stats.get("columns").get(0).get("type").asText());
            assertEquals(2, stats.get("columns").get(0).get("non_null").asInt());
            assertEquals(2, stats.get("columns").get(1).get("non_null").asInt());
            long priceBytes = stats.get("columns").get(1).get("memory_bytes").asLong();
            assertTrue(priceBytes >= 3 * Double.BYTES && priceBytes < 3 * Double.BYTES + 512,
                    "three doubles plus the column's own objects, was " + priceBytes);
        }
    }

    @Test
    void statsCacheItem_listsJsonKeys_andRejectsUnknownItems() throws Exception {
        harness.cache().put(ItemKey.written("doc"), new JsonValue(new ObjectMapper().readTree("{\"a\":1,\"b\":2}")));
        assertEquals("[\"a\",\"b\"]", registry.call("stats_cache_item", Map.of("key", "doc")).json().get("keys").toString());
        assertThrows(ItemNotFoundException.class, () -> registry.call("stats_cache_item", Map.of("key", "missing")));
        assertThrows(InvalidParameterException.class, () -> registry.call("stats_cache_item", Map.of()));
    }

    @Test
    void filelist_listsFunctionFiles() throws Exception {
        Files.writeString(functions.resolve("notes.txt"), "x");
        JsonNode files = registry.call("filelist", Map.of()).json();
        assertEquals("notes.txt", files.get(0).get("name").asText());
        assertEquals(1, files.get(0).get("size").asInt());
    }

    @Test
    void cacheHead_reportsKeysLocalFilesAndMemory() {
        harness.cache().put(ItemKey.written("doc"), new JsonValue(new ObjectMapper().createObjectNode()));
        harness.cache().policy().awaitPersistence();
        JsonNode head = registry.call("cache_head", Map.of()).json();
        assertEquals("[\"doc\"]", head.get("keys").toString());
        assertEquals("doc", head.get("local_files").get(0).get("key").asText());
        assertTrue(head.get("memory").get("used_bytes").asLong() > 0);
    }
}
