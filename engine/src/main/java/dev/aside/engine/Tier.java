package dev.aside.engine;

/** Where a cached item is held right now. */
public enum Tier {
    MEMORY,
    DISK,
    BOTH;

    public boolean inMemory() {
        return this != DISK;
    }

    public boolean onDisk() {
        return this != MEMORY;
    }
}
