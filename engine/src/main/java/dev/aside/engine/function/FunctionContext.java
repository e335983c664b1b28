package dev.aside.engine.function;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.InvalidPathException;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.value.Value;
import java.time.Duration;
import org.slf4j.Logger;
import tech.tablesaw.api.Table;

/**
 * What one call of a function may use: its parameters, the items it reads, results it writes under
 * its own prefix, the time it has left, and a log. This is all a user function sees of the server;
 * the cache's policy, listeners and system-of-record settings stay out of reach.
 *
 * <p>Items are named by path as in the seed's curl lines ({@code file1.snappy.parquet},
 * {@code data/prices.csv}), with an optional storage ({@code s3}, {@code sd}; null for the server's
 * default), or by one name, {@code storage:path} or a path, as SQL names tables. Without a storage, a
 * value a function wrote under that path wins over the default storage's item (the cache's
 * {@link dev.aside.engine.Cache#resolve(String, String) resolution rule}). A read loads the item from
 * its system of record when it is not cached yet.
 *
 * <p>One context serves one call, on the call's thread; its methods may also be used from threads
 * the call starts, until the call returns.
 */
public interface FunctionContext {

    /** The call's keyword parameters, checked and converted against the function's declared ones. */
    Kwargs params();

    /**
     * The item named {@code name}: {@code storage:path} ({@code sd:prices.csv}) or a path.
     *
     * @throws ItemNotFoundException when no such item exists
     * @throws InvalidPathException when the path is not a valid item path
     */
    Value read(String name);

    /** The item at {@code path} in {@code storage} (null: the default); throws as {@link #read(String)}. */
    Value read(String storage, String path);

    /**
     * The table (DataFrame) named {@code name}: {@code storage:path} or a path.
     *
     * @throws ItemNotFoundException when no such item exists
     * @throws InvalidParameterException when the item is not a table
     */
    Table table(String name);

    /** The table at {@code path} in {@code storage} (null: the default); throws as {@link #table(String)}. */
    Table table(String storage, String path);

    /**
     * Caches {@code value} under this function's own prefix, {@code out/<function>/<name>}, replacing
     * what this function wrote there before. Accepts what {@code main} may return.
     *
     * @return the key the value was written under, for the caller to read it back
     * @throws InvalidPathException when {@code name} is not a valid relative path
     */
    String write(String name, Object value);

    /** The time left before the call's time limit; zero once it has passed. */
    Duration remaining();

    /** True once the call was stopped (time limit or cancel): a long loop should then return. */
    boolean stopRequested();

    /** A log named after the function, written to the server's log. */
    Logger log();
}
