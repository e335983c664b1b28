package dev.aside.rest.output;

import dev.aside.engine.value.Value;

/** What a handler answers: a cached value (paged and formatted on the way out) or a plain object. */
public sealed interface Reply {

    /** A table, JSON tree or bytes from the cache or a function. */
    record ValueReply(Value value) implements Reply {}

    /** Anything Jackson writes: meta results, item information, listings. */
    record ObjectReply(Object body) implements Reply {}

    static Reply of(Value value) {
        return new ValueReply(value);
    }

    static Reply of(Object body) {
        return new ObjectReply(body);
    }
}
