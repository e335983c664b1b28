package dev.aside.rest.seed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The seed's {@code return=meta} value: {@code {"result": "success"}}, with {@code time=true} also
 * the seconds the cache access took and when the item was last accessed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MetaResult(String result, Double time, Instant accessedAt) {

    static final MetaResult SUCCESS = new MetaResult("success", null, null);

    static MetaResult timed(long nanos, Instant accessedAt) {
        return new MetaResult("success", nanos / 1e9, accessedAt);
    }
}
