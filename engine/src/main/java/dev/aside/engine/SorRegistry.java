package dev.aside.engine;

import dev.aside.engine.sor.SystemOfRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The configured systems of record by name, the default one, and the one rule that turns a caller's
 * (storage?, path) into an {@link ItemKey}:
 * <ul>
 *   <li>a storage named: that storage's item; an unknown name is refused, always, also for a path
 *       that is cached (so a typo never silently answers another storage's copy);</li>
 *   <li>no storage named: the value a function wrote under that path if there is one, else the
 *       default storage's item ({@link Cache#put} keeps this unambiguous by refusing a written value
 *       over a path the default storage already has cached).</li>
 * </ul>
 * A name of the form {@code storage:path} (SQL table names, the REST item URL) names the storage
 * when its prefix is a configured storage, and is a bare path otherwise.
 *
 * <p>Immutable after construction, so thread-safe.
 */
final class SorRegistry {

    private final Map<String, SystemOfRecord> systems;
    private final String defaultStorage;
    private final List<String> names;

    /** @param systems by name, in registration order: the first is the default unless one is named */
    SorRegistry(Map<String, SystemOfRecord> systems, String defaultStorage) {
        this.systems = Map.copyOf(systems);
        this.defaultStorage = defaultStorage != null ? defaultStorage
                : systems.isEmpty() ? null : systems.keySet().iterator().next();
        List<String> ordered = new ArrayList<>();
        if (this.defaultStorage != null) {
            ordered.add(this.defaultStorage);
        }
        systems.keySet().stream().filter(name -> !name.equals(this.defaultStorage)).sorted().forEach(ordered::add);
        this.names = List.copyOf(ordered);
    }

    /**
     * @param isWrittenValue whether a written value exists under a clean path (the catalog knows)
     * @throws UnknownStorageException for a storage name that is not configured
     * @throws InvalidPathException for a null, empty or unsafe path
     */
    ItemKey resolve(String storage, String path, Predicate<ItemKey> isWrittenValue) {
        if (storage != null && !storage.isBlank()) {
            require(storage.trim());
            return ItemKey.of(storage.trim(), path);
        }
        ItemKey written = ItemKey.written(path);
        if (defaultStorage == null || isWrittenValue.test(written)) {
            return written;
        }
        return ItemKey.of(defaultStorage, written.path());
    }

    /** {@code storage:path} when the prefix is a configured storage, else a bare path. */
    ItemKey resolveName(String name, Predicate<ItemKey> isWrittenValue) {
        int colon = name == null ? -1 : name.indexOf(':');
        if (colon > 0 && systems.containsKey(name.substring(0, colon))) {
            return ItemKey.of(name.substring(0, colon), name.substring(colon + 1));
        }
        return resolve(null, name, isWrittenValue);
    }

    /** The SOR of {@code storage}; null means the default. */
    SystemOfRecord require(String storage) {
        String name = storage == null || storage.isEmpty() ? defaultStorage : storage;
        SystemOfRecord sor = name == null ? null : systems.get(name);
        if (sor == null) {
            throw new UnknownStorageException(storage, names);
        }
        return sor;
    }

    String defaultStorage() {
        return defaultStorage;
    }

    /** The configured names, the default first. */
    List<String> names() {
        return names;
    }

    void closeAll() {
        systems.values().forEach(SystemOfRecord::close);
    }
}
