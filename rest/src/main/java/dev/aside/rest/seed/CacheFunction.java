package dev.aside.rest.seed;

import java.util.Map;
import java.util.Optional;

/**
 * The cache-management functions of the seed's endpoint, with the seed's long names as aliases.
 * Any other {@code function} name is a call into the function registry.
 */
enum CacheFunction {
    CREATE(false),
    READ(true),
    /** The seed's {@code data_read}: loads like {@code read} but answers meta unless {@code return=data}. */
    DATA_READ(false),
    UPDATE(false),
    DELETE(false),
    HEAD(true),
    FUNCTION_CREATE(false);

    private static final Map<String, CacheFunction> NAMES = Map.ofEntries(
            Map.entry("create", CREATE), Map.entry("cache_create", CREATE),
            Map.entry("read", READ), Map.entry("data_read", DATA_READ),
            Map.entry("update", UPDATE),
            Map.entry("delete", DELETE), Map.entry("cache_delete", DELETE),
            Map.entry("head", HEAD), Map.entry("cache_head", HEAD),
            Map.entry("function_create", FUNCTION_CREATE));

    /** True when {@code return} defaults to the data, false when to {@code {"result": "success"}}. */
    private final boolean returnsData;

    CacheFunction(boolean returnsData) {
        this.returnsData = returnsData;
    }

    boolean returnsDataByDefault() {
        return returnsData;
    }

    static Optional<CacheFunction> named(String function) {
        return Optional.ofNullable(NAMES.get(function));
    }
}
