package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.format.FormatRegistry;
import dev.aside.engine.memory.DecodeAdmission;
import dev.aside.engine.memory.MemoryTier;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The engine's {@link CachePolicy}: administration kept apart from everyday reads and writes, as
 * Caffeine keeps its {@code policy()} view.
 *
 * <p>Thread-safe.
 */
final class EnginePolicy implements CachePolicy {

    private final CatalogMirror catalog;
    private final MemoryTier memory;
    private final DiskTier disk;
    private final DiskWriter writer;
    private final WriteBehind writeBehind;
    private final FormatRegistry formats;
    private final long maxHeapBytes;
    private final BiConsumer<ItemKey, Long> onEvicted;

    /** @param onEvicted counts and reports an eviction, as for those the memory tier makes itself */
    EnginePolicy(CatalogMirror catalog, MemoryTier memory, DiskTier disk, DiskWriter writer, WriteBehind writeBehind,
            FormatRegistry formats, long maxHeapBytes, BiConsumer<ItemKey, Long> onEvicted) {
        this.catalog = catalog;
        this.memory = memory;
        this.disk = disk;
        this.writer = writer;
        this.writeBehind = writeBehind;
        this.formats = formats;
        this.maxHeapBytes = maxHeapBytes;
        this.onEvicted = onEvicted;
    }

    @Override
    public long memoryLimitBytes() {
        return memory.limitBytes();
    }

    @Override
    public List<ItemKey> setMemoryLimitBytes(long bytes) {
        if (bytes <= 0) {
            throw new InvalidParameterException("The memory limit must be positive, was " + bytes + ".");
        }
        try {
            DecodeAdmission.requireHeadroom(bytes, maxHeapBytes);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(e.getMessage());
        }
        return memory.setLimitBytes(bytes);
    }

    @Override
    public long memoryUsedBytes() {
        return memory.usedBytes();
    }

    @Override
    public boolean evictFromMemory(ItemKey key) {
        if (writer.isPinned(key)) {
            return false; // still being written: it stays in memory until it is on disk
        }
        long freed = memory.remove(key);
        if (freed >= 0) {
            onEvicted.accept(key, freed);
        }
        return freed >= 0;
    }

    @Override
    public Path cacheRoot() {
        return disk.root();
    }

    @Override
    public Optional<Path> tableFile(ItemKey key) {
        CatalogEntry entry = catalog.get(key);
        if (entry == null || !entry.onDisk() || entry.loaded().kind() != ItemKind.TABLE) {
            return Optional.empty();
        }
        return disk.tableFile(key);
    }

    @Override
    public FormatRegistry formats() {
        return formats;
    }

    @Override
    public void awaitPersistence() {
        writer.call(() -> {
            writeBehind.flushAccess();
            return null;
        });
    }
}
