package dev.aside.engine.function;

import dev.aside.engine.AsideException;
import dev.aside.engine.Cache;
import dev.aside.engine.DaemonThreads;
import dev.aside.engine.FunctionCompileException;
import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.function.analytics.AnalyticsFunctions;
import dev.aside.engine.function.builtin.SeedFunctions;
import dev.aside.engine.function.sql.SqlFunctions;
import dev.aside.engine.sql.SqlEngine;
import dev.aside.engine.sql.SqlLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The functions callable by name: the built-ins, {@code .java} sources and {@code .jar} plugins in
 * the functions folder, and functions deployed live with {@link #deploy}.
 *
 * <p>Calls run under a time limit (see {@link FunctionCall}); a function that throws, hangs or is
 * cancelled fails only its own call. Built-ins and user functions run on separate workers, so user
 * code never delays a built-in, and waiting for a worker is bounded ({@link FunctionLimits}). Parameters arrive as strings, are checked
 * against the function's {@link ParameterSpec}s and converted; parameters it did not declare are
 * passed through as strings.
 *
 * <p>The folder is read when the registry is built and again on every {@link #rescan()}; with
 * watching on (the default) a file-system watcher calls it when the folder changes. A new or changed
 * file is compiled or loaded into its own class loader and replaces the previous version for calls
 * started afterwards (calls already running keep the classes they started with); a deleted file's
 * functions are removed; a file that fails to load is reported as
 * {@link FunctionRegistryEvent.LoadFailed} and its last good version stays. Built-in names cannot be
 * taken by files.
 *
 * <p>Thread-safe. Listeners are called on the thread that made the change and must return quickly;
 * one that throws is logged and ignored.
 */
public final class FunctionRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionRegistry.class);

    private final Cache cache;
    private final FunctionRunner runner;
    private final SqlEngine sql;
    private final Duration timeLimit;
    private final ResultCache results;
    private final Runnable shutdownOwned;
    private final FunctionTable table;
    /** Null without a functions folder. Guarded by {@code this}, as is the deployer that tells it of its saves. */
    private final FunctionFolderSync folderSync;
    private final UserFunctionDeployer deployer;
    private final FolderWatcher watcher;

    FunctionRegistry(FunctionRegistryBuilder builder, ExecutorService executor, ScheduledExecutorService timer,
            Executor resultCleanup, Runnable shutdownOwned) {
        this.cache = builder.cache;
        FunctionFolder folder = builder.functionDir == null ? null : new FunctionFolder(builder.functionDir);
        UserFunctionWorkers users = new UserFunctionWorkers(builder.limits, timer,
                DaemonThreads.named("aside-user-function"));
        this.runner = new FunctionRunner(executor, users, timer, builder.timeLimit, builder.limits.queueWait());
        this.results = new ResultCache(cache, resultCleanup);
        this.shutdownOwned = shutdownOwned;
        List<AsideFunction> standard = new ArrayList<>(SeedFunctions.create(builder.functionDir));
        standard.addAll(AnalyticsFunctions.create());
        this.sql = new SqlEngine(SqlLimits.besideMemoryTier(cache.policy().memoryLimitBytes()));
        this.timeLimit = builder.timeLimit;
        standard.addAll(SqlFunctions.create(sql));
        this.table = new FunctionTable(standard.stream()
                .map(function -> RegisteredFunction.of(function.name(), FunctionOrigin.BUILTIN, function, null,
                        CodeVersion.ofClass(function.getClass())))
                .toList());
        FunctionSourceLoader sourceLoader = new FunctionSourceLoader();
        this.folderSync = folder == null ? null : new FunctionFolderSync(folder, table, sourceLoader);
        this.deployer = new UserFunctionDeployer(table, folder, folderSync, sourceLoader);
        rescan();
        this.watcher = folder != null && builder.watchFolder ? startWatcher(folder.dir()) : null;
    }

    /**
     * The engine the {@code sql} function runs on, for callers that stream a query's rows instead
     * of taking its result as a table (REST's {@code format=} answers); they share its query slots.
     */
    public SqlEngine sql() {
        return sql;
    }

    /** How long a call may run; a streamed query takes the same limit. */
    public Duration timeLimit() {
        return timeLimit;
    }

    public static FunctionRegistryBuilder builder(Cache cache) {
        return new FunctionRegistryBuilder(cache);
    }

    /** Every callable function, built-ins first, then by name. */
    public List<FunctionInfo> list() {
        return table.list();
    }

    public Optional<FunctionInfo> find(String name) {
        return table.find(name);
    }

    /** Calls a function and waits for it; throws the call's {@link AsideException} on failure. */
    public FunctionResult call(String name, Map<String, String> rawParams) {
        return submit(name, rawParams).get();
    }

    /**
     * Starts a call and returns at once. An unknown name ({@link FunctionNotFoundException}) or bad
     * parameters ({@link InvalidParameterException}) are thrown here, before anything runs.
     */
    public FunctionCall submit(String name, Map<String, String> rawParams) {
        RegisteredFunction function = table.lookup(name);
        Kwargs kwargs = ParameterBinder.bind(function.info(), rawParams);
        return runner.start(name, function.info().origin() != FunctionOrigin.BUILTIN, () -> invoke(function, kwargs));
    }

    /** What user functions hold of the server now: running, queued and abandoned calls. */
    public FunctionWorkload workload() {
        return runner.workload();
    }

    private FunctionResult invoke(RegisteredFunction function, Kwargs kwargs) throws Exception {
        try (PluginClassLoader.Use classes = function.useClasses()) {
            if (function.info().cachesResult()) {
                return results.call(function, kwargs);
            }
            long start = System.nanoTime();
            Object result = function.function().main(new CallContext(cache, function.info(), kwargs));
            return new FunctionResult(function.name(), ResultValues.toValue(result),
                    Duration.ofNanos(System.nanoTime() - start), false);
        }
    }

    /**
     * Compiles {@code javaSource}, saves it as {@code <name>.java} in the functions folder and makes
     * it callable at once, replacing any earlier version: the seed's {@code function_create}. Nothing
     * is saved when it does not compile.
     *
     * @throws FunctionCompileException with the compiler's line and column for each error
     * @throws InvalidParameterException when the name belongs to a built-in or plugin, or no folder is set
     */
    public synchronized FunctionInfo deploy(String name, String javaSource) {
        return deployer.deploy(name, javaSource);
    }

    /**
     * Removes a deployed function: deletes its source from the functions folder, so it stays gone
     * after a restart, and makes it uncallable at once.
     *
     * @throws FunctionNotFoundException when no function has that name
     * @throws InvalidParameterException when it is a built-in or plugin function, which have no source to delete
     */
    public synchronized void undeploy(String name) {
        deployer.undeploy(name);
    }

    /** Brings the registry in line with the functions folder now; the watcher calls this. */
    public synchronized void rescan() {
        if (folderSync != null) {
            folderSync.rescan();
        }
    }

    public void addListener(FunctionRegistryListener listener) {
        table.addListener(listener);
    }

    public void removeListener(FunctionRegistryListener listener) {
        table.removeListener(listener);
    }

    private FolderWatcher startWatcher(Path dir) {
        try {
            return new FolderWatcher(dir, this::rescan);
        } catch (IOException e) {
            LOG.warn("Cannot watch the functions folder {}; changes are picked up on rescan only: {}", dir, e.getMessage());
            return null;
        }
    }

    /** Stops watching, stops result caching and shuts down the executors the registry owns. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        results.close();
        shutdownOwned.run();
        if (folderSync != null) {
            folderSync.retireAll();
        }
    }
}
