package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.JsonValue;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();
    Cache cache;

    @BeforeEach
    void open() {
        cache = harness.cache();
        TestFiles.write(harness.sorRoot().getParent(), "secret.json", "{\"password\": \"x\"}");
        harness.source("good.json", "{\"v\": 1}");
        cache.read(ItemKey.of("sd", "good.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.json", "/etc/passwd.json", "a/../../secret.json", "%2e%2e/secret.json",
            "..%2fsecret.json", ""})
    void read_pathEscapingRoot_rejectedWithoutSorRequest(String path) {
        int before = harness.sor().requests();
        assertThrows(InvalidPathException.class, () -> cache.read(cache.resolve(null, path)));
        assertEquals(before, harness.sor().requests());
        assertGoodItemIntact();
    }

    @Test
    void read_missingObject_objectNotFoundAndNothingStored() {
        ObjectNotFoundException e = assertThrows(ObjectNotFoundException.class, () -> cache.read(ItemKey.of("sd", "nope.json")));
        assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
        assertTrue(cache.head(ItemKey.of("sd", "nope.json")).isEmpty());
        assertEquals(1, cache.stats().loadFailures());
        assertGoodItemIntact();
    }

    @Test
    void read_unsupportedType_namesSupportedExtensionsWithoutSorRequest() {
        harness.source("notes.docx", "x");
        int before = harness.sor().requests();
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class, () -> cache.read(ItemKey.of("sd", "notes.docx")));
        assertTrue(e.getMessage().contains(".json"), e.getMessage());
        assertEquals(before, harness.sor().requests());
    }

    @Test
    void read_corruptFile_corruptDataAndStagingCleaned() {
        harness.source("broken.json", "{\"v\": [1, 2");
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> cache.read(ItemKey.of("sd", "broken.json")));
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
        assertTrue(cache.head(ItemKey.of("sd", "broken.json")).isEmpty());
        assertGoodItemIntact();
    }

    @Test
    void read_raggedCsv_namesTheItemNotTheStagedCopy() {
        harness.source("ragged.csv", "a,b\n1,2\n3,4,5,6\n");
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> cache.read(ItemKey.of("sd", "ragged.csv")));
        assertTrue(e.getMessage().startsWith("'ragged.csv' could not be read as CSV"), e.getMessage());
        assertFalse(e.getMessage().matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*"), "no staging file name: " + e.getMessage());
        assertGoodItemIntact();
    }

    @Test
    void update_sorDownOrSourceCorrupted_keepsCachedCopy() {
        harness.sor().switchOff();
        assertThrows(SorUnavailableException.class, () -> cache.update(ItemKey.of("sd", "good.json")));
        assertGoodItemIntact();

        harness.sor().switchOn();
        TestFiles.change(harness.sorRoot(), "good.json", "not json at all {");
        assertThrows(CorruptDataException.class, () -> cache.update(ItemKey.of("sd", "good.json")));
        assertGoodItemIntact();
        cache.policy().awaitPersistence();
        cache = harness.restart();
        harness.sor().switchOff();
        assertGoodItemIntact();
    }

    @Test
    void resolve_unknownStorage_invalidParameterNamingConfiguredOnes() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> cache.resolve("ftp", "x.json"));
        assertTrue(e.getMessage().contains("sd"), e.getMessage());
    }

    @Test
    void put_overAnItemLoadedFromItsSource_isRefusedAndTheItemKept_overAWrittenValue_replacesIt() {
        JsonValue other = new JsonValue(JSON.createObjectNode().put("v", 2));
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> cache.put(ItemKey.written("./good.json"), other));
        assertTrue(e.getMessage().contains("another name"), e.getMessage());
        assertGoodItemIntact();
        assertEquals("sd", cache.head(ItemKey.of("sd", "good.json")).orElseThrow().storage());

        cache.put(ItemKey.written("results/good"), other);
        cache.put(ItemKey.written("results/good"), new JsonValue(JSON.createObjectNode().put("v", 3)));
        assertEquals(3, ((JsonValue) cache.read(ItemKey.written("results/good")).value()).json().get("v").asInt());
    }

    private void assertGoodItemIntact() {
        assertEquals(1, ((JsonValue) cache.read(ItemKey.of("sd", "good.json")).value()).json().get("v").asInt());
    }
}
