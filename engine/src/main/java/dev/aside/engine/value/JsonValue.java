package dev.aside.engine.value;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.ItemKind;
import java.util.Objects;

/** A JSON tree: an object is a {@link ItemKind#DOCUMENT}, an array a {@link ItemKind#COLLECTION}. */
public record JsonValue(JsonNode json) implements Value {

    public JsonValue {
        Objects.requireNonNull(json, "json");
    }

    @Override
    public ItemKind kind() {
        return json.isArray() ? ItemKind.COLLECTION : ItemKind.DOCUMENT;
    }

    @Override
    public long rows() {
        return json.isArray() ? json.size() : 1;
    }

    @Override
    public int columns() {
        return json.isObject() ? json.size() : 0;
    }
}
