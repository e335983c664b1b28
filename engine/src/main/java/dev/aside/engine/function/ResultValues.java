package dev.aside.engine.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import tech.tablesaw.api.Table;

/** Normalises whatever a function returned to a cacheable {@link Value}. */
final class ResultValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultValues() {}

    static Value toValue(Object result) {
        if (result == null) {
            return new JsonValue(NullNode.getInstance());
        }
        if (result instanceof Value value) {
            return value;
        }
        if (result instanceof Table table) {
            return new TableValue(table);
        }
        if (result instanceof JsonNode json) {
            return new JsonValue(json);
        }
        if (result instanceof byte[] bytes) {
            return new BytesValue(bytes);
        }
        return new JsonValue(MAPPER.valueToTree(result));
    }
}
