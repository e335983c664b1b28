package dev.aside.engine.function;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.time.Duration;
import tech.tablesaw.api.Table;

/**
 * The outcome of a successful call. Whatever the function returned is normalised to a
 * {@link Value}: a table, a JSON tree (strings, numbers, maps and lists become JSON) or bytes.
 *
 * @param function the name called
 * @param value the result
 * @param elapsed wall time of the call, including a result-cache lookup
 * @param fromResultCache true when a {@link CachedResult} function's stored result was served
 */
public record FunctionResult(String function, Value value, Duration elapsed, boolean fromResultCache) {

    /** The result as a table; {@link IllegalStateException} when it is not one. */
    public Table table() {
        if (value instanceof TableValue table) {
            return table.table();
        }
        throw new IllegalStateException("Function '" + function + "' returned " + value.kind() + ", not a table");
    }

    /** The result as JSON; {@link IllegalStateException} when it is not JSON. */
    public JsonNode json() {
        if (value instanceof JsonValue json) {
            return json.json();
        }
        throw new IllegalStateException("Function '" + function + "' returned " + value.kind() + ", not JSON");
    }

    /** The result as bytes; {@link IllegalStateException} when it is not bytes. */
    public byte[] bytes() {
        if (value instanceof BytesValue bytes) {
            return bytes.bytes();
        }
        throw new IllegalStateException("Function '" + function + "' returned " + value.kind() + ", not bytes");
    }
}
