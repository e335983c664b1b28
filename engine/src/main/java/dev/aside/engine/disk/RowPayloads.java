package dev.aside.engine.disk;

import dev.aside.engine.ItemKind;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.Value;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How a JSON document, collection or bytes item is kept inside its catalog row: bytes as they are,
 * JSON as its UTF-8 text. Tables never come here; they live in their own Parquet files.
 */
final class RowPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RowPayloads() {
    }

    /** The row's payload for a JSON or bytes value. */
    static byte[] encode(Value value) {
        if (value instanceof JsonValue json) {
            try {
                return JSON.writeValueAsBytes(json.json());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ((BytesValue) value).bytes();
    }

    /**
     * The value a row's payload holds.
     *
     * @throws IOException when a JSON payload does not parse: the copy is damaged
     */
    static Value decode(ItemKind kind, byte[] payload) throws IOException {
        if (kind == ItemKind.BYTES) {
            return new BytesValue(payload);
        }
        return new JsonValue(JSON.readTree(payload));
    }
}
