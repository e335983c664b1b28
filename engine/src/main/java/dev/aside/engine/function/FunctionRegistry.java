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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final FunctionFolder folder;
    private final FunctionRunner runner;
    private final SqlEngine sql;
    private final Duration timeLimit;
    private final ResultCache results;
    private final Runnable shutdownOwned;
    private final FunctionSourceLoader sourceLoader = new FunctionSourceLoader();
    private final PluginJarLoader pluginLoader = new PluginJarLoader();
    private final Map<String, RegisteredFunction> builtins = new LinkedHashMap<>();
    private final Map<String, RegisteredFunction> functions = new ConcurrentHashMap<>();
    /** What each folder file last loaded as; guarded by {@code this}. */
    private final Map<Path, LoadedFile> loaded = new HashMap<>();
    /** The content hash each folder file was last tried at, loaded or not; guarded by {@code this}. */
    private final Map<Path, String> attempted = new HashMap<>();
    private final List<FunctionRegistryListener> listeners = new CopyOnWriteArrayList<>();
    private final FolderWatcher watcher;

    private record LoadedFile(List<RegisteredFunction> functions, PluginClassLoader pluginLoader) {}

    FunctionRegistry(FunctionRegistryBuilder builder, ExecutorService executor, ScheduledExecutorService timer,
            Executor resultCleanup, Runnable shutdownOwned) {
        this.cache = builder.cache;
        this.folder = builder.functionDir == null ? null : new FunctionFolder(builder.functionDir);
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
        for (AsideFunction function : standard) {
            builtins.put(function.name(), RegisteredFunction.of(function.name(), FunctionOrigin.BUILTIN, function, null,
                    CodeVersion.ofClass(function.getClass())));
        }
        functions.putAll(builtins);
        if (folder != null) {
            rescan();
        }
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
        return functions.values().stream().map(RegisteredFunction::info)
                .sorted(Comparator.comparing((FunctionInfo f) -> f.origin() != FunctionOrigin.BUILTIN)
                        .thenComparing(FunctionInfo::name))
                .toList();
    }

    public Optional<FunctionInfo> find(String name) {
        return Optional.ofNullable(functions.get(name)).map(RegisteredFunction::info);
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
        RegisteredFunction function = lookup(name);
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
        FunctionNames.requireValid(name);
        if (folder == null) {
            throw new InvalidParameterException("No functions folder is configured, so functions cannot be deployed.");
        }
        RegisteredFunction existing = functions.get(name);
        if (existing != null && existing.info().origin() != FunctionOrigin.USER) {
            throw new InvalidParameterException("'" + name + "' is a " + existing.info().origin().name().toLowerCase(Locale.ROOT)
                    + " function; choose another name.");
        }
        Path file = folder.sourceFile(name);
        RegisteredFunction function = sourceLoader.load(name, javaSource, file);
        writeAtomically(file, javaSource);
        attempted.put(file, CodeVersion.of(javaSource.getBytes(StandardCharsets.UTF_8)));
        replaceFile(file, new LoadedFile(List.of(function), null));
        return function.info();
    }

    /**
     * Removes a deployed function: deletes its source from the functions folder, so it stays gone
     * after a restart, and makes it uncallable at once.
     *
     * @throws FunctionNotFoundException when no function has that name
     * @throws InvalidParameterException when it is a built-in or plugin function, which have no source to delete
     */
    public synchronized void undeploy(String name) {
        RegisteredFunction existing = lookup(name);
        Path file = existing.info().sourceFile();
        if (existing.info().origin() != FunctionOrigin.USER || file == null || !FunctionFolder.isSource(file)) {
            throw new InvalidParameterException("'" + name + "' is a " + existing.info().origin().name().toLowerCase(Locale.ROOT)
                    + " function; only deployed functions can be deleted.");
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + file.getFileName() + " from the functions folder", e);
        }
        attempted.remove(file);
        replaceFile(file, null);
    }

    /** Brings the registry in line with the functions folder now; the watcher calls this. */
    public synchronized void rescan() {
        if (folder == null) {
            return;
        }
        Map<Path, String> present = folder.snapshot();
        for (Path gone : new ArrayList<>(loaded.keySet())) {
            if (!present.containsKey(gone)) {
                replaceFile(gone, null);
            }
        }
        attempted.keySet().retainAll(present.keySet());
        present.forEach((file, hash) -> {
            if (!hash.equals(attempted.get(file))) {
                attempted.put(file, hash);
                load(file, hash);
            }
        });
    }

    private void load(Path file, String hash) {
        try {
            LoadedFile next;
            if (FunctionFolder.isSource(file)) {
                String name = FunctionFolder.stem(file);
                if (!FunctionNames.isValid(name) || builtins.containsKey(name)) {
                    throw new FunctionCompileException("'" + file.getFileName() + "' is not loaded: its name "
                            + (builtins.containsKey(name) ? "belongs to a built-in function." : "is not a valid function name."));
                }
                next = new LoadedFile(List.of(sourceLoader.load(name, Files.readString(file), file)), null);
            } else {
                PluginJarLoader.Plugin plugin = pluginLoader.load(file, hash);
                next = new LoadedFile(plugin.functions(), plugin.loader());
            }
            replaceFile(file, next);
        } catch (FunctionCompileException e) {
            LOG.warn("{}", e.getMessage());
            publish(new FunctionRegistryEvent.LoadFailed(file, e.getMessage()));
        } catch (IOException e) {
            publish(new FunctionRegistryEvent.LoadFailed(file, "'" + file.getFileName() + "' could not be read: "
                    + e.getMessage()));
        }
    }

    /** Swaps what {@code file} provides for {@code next} (null: nothing) and tells the listeners. */
    private void replaceFile(Path file, LoadedFile next) {
        LoadedFile previous = next == null ? loaded.remove(file) : loaded.put(file, next);
        List<String> kept = new ArrayList<>();
        if (next != null) {
            for (RegisteredFunction function : next.functions()) {
                RegisteredFunction holder = functions.get(function.name());
                boolean takenElsewhere = holder != null && !file.equals(holder.info().sourceFile());
                if (takenElsewhere) {
                    publish(new FunctionRegistryEvent.LoadFailed(file, "Function '" + function.name() + "' in "
                            + file.getFileName() + " is not loaded: the name is already taken by "
                            + (holder.info().sourceFile() == null ? "a built-in" : holder.info().sourceFile().getFileName()) + "."));
                    continue;
                }
                functions.put(function.name(), function);
                kept.add(function.name());
                publish(holder == null ? new FunctionRegistryEvent.Added(function.info())
                        : new FunctionRegistryEvent.Replaced(function.info()));
            }
        }
        if (previous != null) {
            for (RegisteredFunction old : previous.functions()) {
                if (!kept.contains(old.name()) && functions.remove(old.name(), old)) {
                    publish(new FunctionRegistryEvent.Removed(old.name(), file));
                }
            }
            if (previous.pluginLoader() != null) {
                previous.pluginLoader().retire();
            }
        }
    }

    public void addListener(FunctionRegistryListener listener) {
        listeners.add(listener);
    }

    public void removeListener(FunctionRegistryListener listener) {
        listeners.remove(listener);
    }

    private void publish(FunctionRegistryEvent event) {
        for (FunctionRegistryListener listener : listeners) {
            try {
                listener.onChange(event);
            } catch (RuntimeException e) {
                LOG.warn("A function registry listener failed on {}", event, e);
            }
        }
    }

    private RegisteredFunction lookup(String name) {
        FunctionNames.requireCallable(name);
        RegisteredFunction function = functions.get(name);
        if (function == null) {
            throw FunctionNotFoundException.named(name);
        }
        return function;
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save " + file.getFileName() + " in the functions folder", e);
        }
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
        for (LoadedFile file : loaded.values()) {
            if (file.pluginLoader() != null) {
                file.pluginLoader().retire();
            }
        }
    }
}
