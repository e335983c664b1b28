package dev.aside.engine.memory;

/**
 * Object sizes on a 64-bit HotSpot JVM with compressed references and compressed class pointers,
 * the defaults for heaps under 32 GiB: 12-byte object headers, 16-byte array headers (12 plus the
 * length), 4-byte references, and every object padded to 8 bytes.
 */
final class JvmLayout {

    static final int OBJECT_HEADER = 12;
    static final int ARRAY_HEADER = 16;
    static final int REFERENCE = 4;

    private JvmLayout() {
    }

    /** An object with {@code fieldBytes} of fields after its header. */
    static long object(long fieldBytes) {
        return align(OBJECT_HEADER + fieldBytes);
    }

    /** An array of {@code length} elements of {@code elementBytes} each. */
    static long array(long length, int elementBytes) {
        return align(ARRAY_HEADER + length * elementBytes);
    }

    /**
     * A {@link String} and its byte array: Latin-1 strings (compact strings, on by default) take a
     * byte per character, others two.
     */
    static long string(String value) {
        boolean latin1 = value.chars().allMatch(c -> c < 256);
        // String: hash (int), coder (byte), hashIsZero (boolean), value (reference).
        return object(4 + 1 + 1 + REFERENCE) + array(value.length(), latin1 ? 1 : 2);
    }

    static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
