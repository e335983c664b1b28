package dev.aside.engine.spec;

import java.time.Duration;
import java.util.Objects;

/**
 * One line of a spec file: a path or a glob in one system of record, and how often to re-validate it.
 *
 * @param path a SOR path, or a glob: {@code *} and {@code ?} within one folder level, {@code **}
 *     across levels (e.g. {@code data/**}{@code /*.parquet})
 * @param storage the SOR to load from; null for the cache's default
 * @param refresh how often to re-validate against the SOR (and re-expand a glob); null for never
 */
public record SpecEntry(String path, String storage, Duration refresh) {

    public SpecEntry {
        Objects.requireNonNull(path, "path");
        if (refresh != null && (refresh.isZero() || refresh.isNegative())) {
            throw new IllegalArgumentException("refresh of '" + path + "' must be positive, was " + refresh);
        }
    }

    public boolean isGlob() {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0;
    }
}
