package dev.aside.ui.item;

import dev.aside.engine.ItemInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Statistics and column charts already computed, per item version, so that going back to an item or
 * a column shows them at once instead of another pass over millions of rows. A version is the item's
 * identity and the moment it was loaded: a refresh from its SOR or a new {@code put} starts afresh.
 * Thread-safe: versions are looked up by the task that opens an item and results stored from the UI
 * thread.
 */
final class ItemAnalyses {

    /** A few items back and forth is what an analyst compares; more would pin large results in memory. */
    private static final int VERSIONS_KEPT = 8;

    /** One item version; {@code key} is whatever {@link ItemInfo#key()} identifies the item by. */
    record Version(Object key, Instant loadedAt) {
        static Version of(ItemInfo info) {
            return new Version(info.key(), info.loadedAt());
        }
    }

    /** What is known about one version: its column profiles once computed, and the charts drawn so far. */
    static final class Analysis {
        private volatile List<ColumnStats> stats;
        private final Map<String, ChartData> charts = new ConcurrentHashMap<>();

        List<ColumnStats> stats() {
            return stats;
        }

        void stats(List<ColumnStats> computed) {
            stats = List.copyOf(computed);
        }

        ChartData chart(String column) {
            return charts.get(column);
        }

        void chart(ChartData computed) {
            charts.put(computed.column(), computed);
        }
    }

    private final Map<Version, Analysis> byVersion = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Version, Analysis> eldest) {
            return size() > VERSIONS_KEPT;
        }
    };

    synchronized Analysis of(ItemInfo info) {
        return byVersion.computeIfAbsent(Version.of(info), v -> new Analysis());
    }
}
