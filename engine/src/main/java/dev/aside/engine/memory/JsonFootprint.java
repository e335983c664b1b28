package dev.aside.engine.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Retained heap of a Jackson tree, node by node (iteratively, so deep documents cannot overflow the
 * stack). Objects are {@code LinkedHashMap}s, arrays {@code ArrayList}s; booleans and nulls are
 * shared singletons and cost nothing; field names are interned by Jackson's parser, so each distinct
 * name is counted once.
 */
final class JsonFootprint {

    /** LinkedHashMap fields: table, entry/key/value views, size, modCount, threshold, load factor, head, tail, order. */
    private static final long LINKED_HASH_MAP = JvmLayout.object(6L * JvmLayout.REFERENCE + 4 * 4 + 1);
    /** LinkedHashMap.Entry: hash, key, value, next, before, after. */
    private static final long MAP_ENTRY = JvmLayout.object(4 + 5L * JvmLayout.REFERENCE);
    /** ArrayList: modCount, size, elementData. */
    private static final long ARRAY_LIST = JvmLayout.object(4 + 4 + JvmLayout.REFERENCE);
    /** A container node: its factory (or children) references. */
    private static final long CONTAINER_NODE = JvmLayout.object(2L * JvmLayout.REFERENCE);
    private static final int DEFAULT_MAP_TABLE = 16;
    private static final int DEFAULT_LIST_CAPACITY = 10;

    private JsonFootprint() {
    }

    static long of(JsonNode root) {
        long bytes = 0;
        Set<String> fieldNames = new HashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node instanceof ObjectNode object) {
                int size = object.size();
                bytes += CONTAINER_NODE + LINKED_HASH_MAP + JvmLayout.array(mapTable(size), JvmLayout.REFERENCE)
                        + size * MAP_ENTRY;
                for (Map.Entry<String, JsonNode> field : object.properties()) {
                    if (fieldNames.add(field.getKey())) {
                        bytes += JvmLayout.string(field.getKey());
                    }
                    pending.push(field.getValue());
                }
            } else if (node instanceof ArrayNode array) {
                bytes += CONTAINER_NODE + ARRAY_LIST + JvmLayout.array(listCapacity(array.size()), JvmLayout.REFERENCE);
                array.forEach(pending::push);
            } else {
                bytes += value(node);
            }
        }
        return bytes;
    }

    private static long value(JsonNode node) {
        if (node instanceof TextNode text) {
            return JvmLayout.object(JvmLayout.REFERENCE) + JvmLayout.string(text.textValue());
        }
        if (node instanceof DecimalNode || node instanceof BigIntegerNode) {
            // Node, BigDecimal/BigInteger objects and a magnitude array of a few ints.
            return JvmLayout.object(JvmLayout.REFERENCE) + JvmLayout.object(24) + JvmLayout.object(24)
                    + JvmLayout.array(4, Integer.BYTES);
        }
        if (node instanceof BinaryNode binary) {
            return JvmLayout.object(JvmLayout.REFERENCE) + JvmLayout.array(binary.binaryValue().length, 1);
        }
        if (node.isBoolean() || node.isNull() || node.isMissingNode()) {
            return 0;
        }
        // Numeric nodes hold one primitive: int, long, float, double or short.
        return JvmLayout.object(node.isLong() || node.isDouble() ? 8 : 4);
    }

    /** HashMap's table: the power of two that keeps the map under 75% full, at least 16. */
    private static long mapTable(int size) {
        int table = DEFAULT_MAP_TABLE;
        while (size > table * 3 / 4) {
            table *= 2;
        }
        return table;
    }

    /** ArrayList grows from 10 by half again each time it fills. */
    private static long listCapacity(int size) {
        long capacity = DEFAULT_LIST_CAPACITY;
        while (capacity < size) {
            capacity += capacity >> 1;
        }
        return capacity;
    }
}
