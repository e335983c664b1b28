package dev.aside.engine.value;

import dev.aside.engine.ItemKind;

/**
 * A cached value: a table, a JSON tree or bytes. Values are treated as immutable once cached;
 * callers that want to change one build a new value and {@code put} it.
 */
public sealed interface Value permits TableValue, JsonValue, BytesValue {

    ItemKind kind();

    /** Rows for a table, elements for a collection, 1 for a document, the length for bytes. */
    long rows();

    /** Columns for a table, top-level keys for a document, 0 otherwise. */
    int columns();
}
