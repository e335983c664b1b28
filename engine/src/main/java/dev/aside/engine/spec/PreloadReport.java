package dev.aside.engine.spec;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a preload.
 *
 * @param loaded keys that are now cached
 * @param failures person-safe messages by key (or by spec path when the path itself failed)
 * @param bytes SOR bytes of the loaded items
 */
public record PreloadReport(List<String> loaded, Map<String, String> failures, long bytes) {

    public PreloadReport {
        loaded = List.copyOf(loaded);
        failures = Map.copyOf(failures);
    }
}
