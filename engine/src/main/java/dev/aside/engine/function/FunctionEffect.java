package dev.aside.engine.function;

/**
 * What a function does beyond computing its answer, declared where it is defined
 * ({@link AsideFunction#effect()}), so access rules follow the function and not a list of names.
 * A call that also stores its result under a key the caller names ({@code store_as}) writes the cache
 * whatever the function declares.
 */
public enum FunctionEffect {
    /** Reads items and the catalog only. */
    READS_ONLY,
    /** Writes or replaces cache items. */
    WRITES_CACHE,
    /** Runs code the caller supplies with the call, such as an SQL query. */
    RUNS_CALLER_CODE
}
