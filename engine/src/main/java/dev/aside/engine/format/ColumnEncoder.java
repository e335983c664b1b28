package dev.aside.engine.format;

import java.io.IOException;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Encodes one Tablesaw column, a row group at a time, as a Parquet column. Instances are immutable
 * and {@link #encode} may run for several row groups at once on different threads.
 */
abstract class ColumnEncoder {

    /**
     * The most bytes a chunk's dictionary may take before the chunk is PLAIN-encoded instead: a
     * column of about 100k distinct short strings per row group stays dictionary-encoded.
     */
    static final int DICTIONARY_BYTES = 4 * 1024 * 1024;

    final PrimitiveType type;

    ColumnEncoder(PrimitiveType type) {
        this.type = type;
    }

    /** Rows {@code [firstRow, firstRow + rows)} as one column chunk. */
    abstract EncodedChunk encode(int firstRow, int rows) throws IOException;
}
