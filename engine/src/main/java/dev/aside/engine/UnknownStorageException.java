package dev.aside.engine;

import java.util.List;

/**
 * A storage name that no configured system of record has, or a read that needs a system of record
 * when none is configured. Carries the facts; each front end words the remedy for its reader (REST:
 * the {@code storage} parameter and the server's variables; the console: its settings).
 */
public class UnknownStorageException extends InvalidParameterException {

    private final String storage;
    private final List<String> configured;

    /**
     * @param storage the name asked for, or null when none was named and none is configured
     * @param configured the configured storage names, the default first (empty when none)
     */
    public UnknownStorageException(String storage, List<String> configured) {
        super(describe(storage, configured));
        this.storage = storage;
        this.configured = List.copyOf(configured);
    }

    private static String describe(String storage, List<String> configured) {
        if (configured.isEmpty()) {
            return storage == null ? "No system of record is configured, so nothing can be loaded."
                    : "No system of record named '" + storage + "' is configured; none is configured at all.";
        }
        return "No system of record named '" + storage + "' is configured; the configured ones are "
                + String.join(", ", configured) + ".";
    }

    /** The storage name asked for, or null when none was named. */
    public String storage() {
        return storage;
    }

    /** The configured storage names, the default first; empty when none is configured. */
    public List<String> configured() {
        return configured;
    }
}
