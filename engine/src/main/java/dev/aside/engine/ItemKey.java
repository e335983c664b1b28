package dev.aside.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.aside.engine.sor.SorPath;
import java.util.Comparator;
import java.util.Objects;

/**
 * An item's identity: the storage it comes from and its clean path there.
 *
 * <p>The same path in two storages is two items ({@code s3:a.json} and {@code sd:a.json} are cached
 * side by side and never answer each other's content), as the seed kept them
 * ({@code <LOCAL_DATA_DIR>/<storage>/<path>}). A value a function wrote has no source and no storage:
 * its key is its path alone.
 *
 * <p>Immutable and thread-safe. The path is always clean ({@link SorPath#normalize}), so two keys
 * naming the same item are equal.
 *
 * @param storage the system of record's name ({@code s3}, {@code sd}), or null for a written value
 * @param path the clean relative path (or the name a function gave its result)
 */
public record ItemKey(String storage, String path) implements Comparable<ItemKey> {

    private static final Comparator<ItemKey> ORDER = Comparator
            .comparing(ItemKey::path)
            .thenComparing(ItemKey::storage, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * @throws InvalidPathException when the path is null, empty or unsafe
     * @throws InvalidParameterException when the storage is empty or contains {@code ':'}
     */
    public ItemKey {
        path = SorPath.normalize(path);
        if (storage != null && (storage.isEmpty() || storage.indexOf(':') >= 0)) {
            throw new InvalidParameterException("A storage name must be non-empty and without ':', was '"
                    + storage + "'.");
        }
    }

    /** The key of an item loaded from {@code storage}. */
    public static ItemKey of(String storage, String path) {
        return new ItemKey(Objects.requireNonNull(storage, "storage"), path);
    }

    /** The key of a value a function wrote: no storage. */
    public static ItemKey written(String path) {
        return new ItemKey(null, path);
    }

    /** True for a value a function wrote (no system of record behind it). */
    public boolean isWritten() {
        return storage == null;
    }

    /** {@code storage:path}, or the bare path for a written value: the form SQL and logs name it by. */
    @JsonValue
    @Override
    public String toString() {
        return storage == null ? path : storage + ":" + path;
    }

    /** By path, then storage (written values first), so a listing groups one path's copies together. */
    @Override
    public int compareTo(ItemKey other) {
        return ORDER.compare(this, other);
    }
}
