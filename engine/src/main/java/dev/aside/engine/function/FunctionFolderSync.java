package dev.aside.engine.function;

import dev.aside.engine.FunctionCompileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link FunctionTable} in step with the functions folder: what each file last loaded as,
 * which content was last tried, and loading a new or changed file ({@code .java} sources compiled by
 * {@link FunctionSourceLoader}, {@code .jar} plugins by {@link PluginJarLoader}). A file that fails
 * to load is reported and its last good version stays; a plugin's class loader is retired once its
 * functions are replaced or removed.
 *
 * <p>Not thread-safe: the {@link FunctionRegistry} calls it under its lock.
 */
final class FunctionFolderSync {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionFolderSync.class);

    private final FunctionFolder folder;
    private final FunctionTable table;
    private final FunctionSourceLoader sourceLoader;
    private final PluginJarLoader pluginLoader = new PluginJarLoader();
    /** What each folder file last loaded as. */
    private final Map<Path, LoadedFile> loaded = new HashMap<>();
    /** The content hash each folder file was last tried at, loaded or not: an unchanged file is not retried. */
    private final Map<Path, String> attempted = new HashMap<>();

    private record LoadedFile(List<RegisteredFunction> functions, PluginClassLoader pluginLoader) {}

    FunctionFolderSync(FunctionFolder folder, FunctionTable table, FunctionSourceLoader sourceLoader) {
        this.folder = folder;
        this.table = table;
        this.sourceLoader = sourceLoader;
    }

    /** Loads new and changed files and drops the functions of deleted ones. */
    void rescan() {
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

    /** Takes a source just saved as {@code file} and already compiled, so the next rescan does not load it again. */
    void saved(Path file, String hash, RegisteredFunction function) {
        attempted.put(file, hash);
        replaceFile(file, new LoadedFile(List.of(function), null));
    }

    /** Drops the functions of a file just deleted. */
    void deleted(Path file) {
        attempted.remove(file);
        replaceFile(file, null);
    }

    /** Releases every plugin's classes: the registry is closing. */
    void retireAll() {
        for (LoadedFile file : loaded.values()) {
            if (file.pluginLoader() != null) {
                file.pluginLoader().retire();
            }
        }
    }

    private void load(Path file, String hash) {
        try {
            LoadedFile next;
            if (FunctionFolder.isSource(file)) {
                String name = FunctionFolder.stem(file);
                if (!FunctionNames.isValid(name) || table.isBuiltin(name)) {
                    throw new FunctionCompileException("'" + file.getFileName() + "' is not loaded: its name "
                            + (table.isBuiltin(name) ? "belongs to a built-in function." : "is not a valid function name."));
                }
                next = new LoadedFile(List.of(sourceLoader.load(name, Files.readString(file), file)), null);
            } else {
                PluginJarLoader.Plugin plugin = pluginLoader.load(file, hash);
                next = new LoadedFile(plugin.functions(), plugin.loader());
            }
            replaceFile(file, next);
        } catch (FunctionCompileException e) {
            LOG.warn("{}", e.getMessage());
            table.publish(new FunctionRegistryEvent.LoadFailed(file, e.getMessage()));
        } catch (IOException e) {
            table.publish(new FunctionRegistryEvent.LoadFailed(file, "'" + file.getFileName() + "' could not be read: "
                    + e.getMessage()));
        }
    }

    /** Swaps what {@code file} provides for {@code next} (null: nothing). */
    private void replaceFile(Path file, LoadedFile next) {
        LoadedFile previous = next == null ? loaded.remove(file) : loaded.put(file, next);
        table.replace(file, previous == null ? List.of() : previous.functions(), next == null ? List.of() : next.functions());
        if (previous != null && previous.pluginLoader() != null) {
            previous.pluginLoader().retire();
        }
    }
}
