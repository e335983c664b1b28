package dev.aside.engine.function;

import dev.aside.engine.Cache;

/**
 * The engine-internal route by which built-ins that need more than a {@link FunctionContext} (the
 * catalog, cache statistics, storing under a key the caller names) reach the whole cache. It is not
 * part of the function API: a user or plugin function's context is refused.
 */
public final class BuiltinCache {

    private BuiltinCache() {}

    /**
     * The whole cache behind a built-in's call.
     *
     * @throws IllegalStateException when {@code context} is not a built-in's
     */
    public static Cache of(FunctionContext context) {
        if (context instanceof CallContext call) {
            return call.engineCache();
        }
        throw new IllegalStateException("Only the registry's own call contexts reach the cache.");
    }
}
