package dev.aside.rest.output;

import dev.aside.engine.value.Value;
import java.nio.channels.FileChannel;

/** What a handler answers: a cached value (paged and formatted on the way out) or a plain object. */
public sealed interface Reply {

    /** A table, JSON tree or bytes from the cache or a function. */
    record ValueReply(Value value) implements Reply {}

    /**
     * A whole cached table sent as {@code format=parquet}: its disk-tier file, already open, goes
     * out unchanged (the file is the answer, so nothing is decoded or encoded on the way).
     */
    record ParquetFileReply(FileChannel file) implements Reply {}

    /** Anything Jackson writes: meta results, item information, listings. */
    record ObjectReply(Object body) implements Reply {}

    static Reply of(Value value) {
        return new ValueReply(value);
    }

    static Reply of(Object body) {
        return new ObjectReply(body);
    }
}
