package dev.aside.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.memory.HeapEstimator;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Computes an {@link ItemProfile} from a value (the one place that scans its rows for it) and turns it
 * into the JSON text the catalog keeps and back.
 */
final class ItemProfiler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FACTS = new TypeReference<>() {};

    /** How a profile is stored: its facts with the version they describe (instants as ISO text). */
    private record Stored(String version, String computedAt, Map<String, Object> facts) {}

    private ItemProfiler() {}

    static ItemProfile profile(ItemInfo info, Value value, Instant now) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", value.kind().name());
        facts.put("memory_bytes", info.heapBytes());
        if (value instanceof TableValue table) {
            describeTable(table.table(), facts);
        } else if (value instanceof JsonValue json) {
            describeJson(json.json(), facts);
        } else if (value instanceof BytesValue bytes) {
            facts.put("length", bytes.bytes().length);
        }
        return new ItemProfile(info.key(), info.loadedAt(), now, asStored(facts));
    }

    /** The facts as they read back from the catalog (JSON numbers, lists, maps), so both answers are equal. */
    private static Map<String, Object> asStored(Map<String, Object> facts) {
        try {
            return JSON.readValue(JSON.writeValueAsString(facts), FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profile holds only strings, numbers, lists and maps", e);
        }
    }

    private static void describeTable(Table table, Map<String, Object> facts) {
        facts.put("shape", List.of(table.rowCount(), table.columnCount()));
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", column.name());
            entry.put("type", column.type().name());
            entry.put("non_null", column.size() - column.countMissing());
            entry.put("memory_bytes", HeapEstimator.estimate(column));
            columns.add(entry);
        }
        facts.put("columns", columns);
    }

    private static void describeJson(JsonNode json, Map<String, Object> facts) {
        if (json.isObject()) {
            List<String> keys = new ArrayList<>();
            json.fieldNames().forEachRemaining(keys::add);
            facts.put("keys", keys);
        } else {
            facts.put("length", json.size());
        }
    }

    /** The catalog keeps times to the microsecond, so a version read back after a restart is compared at that. */
    static boolean sameVersion(Instant a, Instant b) {
        return a.truncatedTo(ChronoUnit.MICROS).equals(b.truncatedTo(ChronoUnit.MICROS));
    }

    static String toJson(ItemProfile profile) {
        try {
            return JSON.writeValueAsString(new Stored(profile.version().toString(),
                    profile.computedAt().toString(), profile.facts()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profile holds only strings, numbers, lists and maps", e);
        }
    }

    /** The stored profile of {@code info}'s version, or null when it describes another version or is unreadable. */
    static ItemProfile fromJson(ItemInfo info, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            Instant version = Instant.parse(node.path("version").asText());
            if (!sameVersion(version, info.loadedAt())) {
                return null;
            }
            Map<String, Object> facts = JSON.convertValue(node.path("facts"), FACTS);
            return new ItemProfile(info.key(), version, Instant.parse(node.path("computedAt").asText()), facts);
        } catch (JsonProcessingException | RuntimeException e) {
            return null; // recomputed on the next call
        }
    }
}
