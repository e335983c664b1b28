package dev.aside.engine.function;

import dev.aside.engine.FunctionNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names callable now and the {@link FunctionRegistryEvent}s their changes raise. A name belongs
 * to one holder: a built-in, or the folder file that provided it first; a file's function whose name
 * is taken elsewhere is reported as {@link FunctionRegistryEvent.LoadFailed} and not added.
 *
 * <p>Reads are safe from any thread; changes are made under the {@link FunctionRegistry}'s lock.
 * Listeners are called on the thread that made the change; one that throws is logged and ignored.
 */
final class FunctionTable {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionTable.class);

    private final Map<String, RegisteredFunction> functions = new ConcurrentHashMap<>();
    /** Fixed when built: files may never take these names. */
    private final Set<String> builtins = new HashSet<>();
    private final List<FunctionRegistryListener> listeners = new CopyOnWriteArrayList<>();

    FunctionTable(List<RegisteredFunction> builtins) {
        for (RegisteredFunction function : builtins) {
            this.builtins.add(function.name());
            functions.put(function.name(), function);
        }
    }

    /** Every callable function, built-ins first, then by name. */
    List<FunctionInfo> list() {
        return functions.values().stream().map(RegisteredFunction::info)
                .sorted(Comparator.comparing((FunctionInfo f) -> f.origin() != FunctionOrigin.BUILTIN)
                        .thenComparing(FunctionInfo::name))
                .toList();
    }

    /** The function of that name, or null; the name is not checked. */
    RegisteredFunction get(String name) {
        return functions.get(name);
    }

    /** @throws FunctionNotFoundException when no function has that name, or none could (a malformed name) */
    RegisteredFunction lookup(String name) {
        FunctionNames.requireCallable(name);
        RegisteredFunction function = functions.get(name);
        if (function == null) {
            throw FunctionNotFoundException.named(name);
        }
        return function;
    }

    Optional<FunctionInfo> find(String name) {
        return Optional.ofNullable(functions.get(name)).map(RegisteredFunction::info);
    }

    boolean isBuiltin(String name) {
        return builtins.contains(name);
    }

    /**
     * Swaps the functions {@code file} provided ({@code previous}) for the ones it provides now
     * ({@code next}), announcing each name added, replaced, refused or removed.
     */
    void replace(Path file, List<RegisteredFunction> previous, List<RegisteredFunction> next) {
        List<String> kept = new ArrayList<>();
        for (RegisteredFunction function : next) {
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
        for (RegisteredFunction old : previous) {
            if (!kept.contains(old.name()) && functions.remove(old.name(), old)) {
                publish(new FunctionRegistryEvent.Removed(old.name(), file));
            }
        }
    }

    void addListener(FunctionRegistryListener listener) {
        listeners.add(listener);
    }

    void removeListener(FunctionRegistryListener listener) {
        listeners.remove(listener);
    }

    void publish(FunctionRegistryEvent event) {
        for (FunctionRegistryListener listener : listeners) {
            try {
                listener.onChange(event);
            } catch (RuntimeException e) {
                LOG.warn("A function registry listener failed on {}", event, e);
            }
        }
    }
}
