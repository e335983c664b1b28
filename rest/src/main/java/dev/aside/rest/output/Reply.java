package dev.aside.rest.output;

import dev.aside.engine.CacheStorageException;
import dev.aside.engine.sql.SqlCursor;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What a handler answers: a cached value (paged and formatted on the way out) or a plain object. */
public sealed interface Reply {

    /** A table, JSON tree or bytes from the cache or a function. */
    record ValueReply(Value value) implements Reply {}

    /**
     * A whole cached table sent as {@code format=parquet}: its disk-tier file, already open, goes
     * out unchanged (the file is the answer, so nothing is decoded or encoded on the way).
     */
    record ParquetFileReply(FileChannel file) implements Reply {

        /** A Parquet file written for this answer alone: deleted once sent (or on failure, when closed). */
        public static ParquetFileReply temporary(Path file) {
            try {
                return new ParquetFileReply(FileChannel.open(file, StandardOpenOption.READ,
                        StandardOpenOption.DELETE_ON_CLOSE));
            } catch (IOException e) {
                throw new CacheStorageException("Cannot read the Parquet answer just written: " + e.getMessage()
                        + ". Check free space in the temporary folder.", e);
            }
        }
    }

    /**
     * A running query's rows, streamed to the answer as they come (already paged by the query);
     * the writer closes the cursor.
     */
    record RowsReply(SqlCursor rows) implements Reply {}

    /** Anything Jackson writes: meta results, item information, listings. */
    record ObjectReply(Object body) implements Reply {}

    static Reply of(Value value) {
        return new ValueReply(value);
    }

    static Reply of(Object body) {
        return new ObjectReply(body);
    }
}
