package dev.aside.ui.cache;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheStats;
import dev.aside.engine.Freshness;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.Repeating;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Cache screen's state: every catalog entry, the memory gauge and the item actions.
 *
 * <p>The list is re-read when its {@link CatalogFollower} says: after the engine's events and every
 * second. Reading the catalog is an in-memory snapshot, cheap enough for the UI thread; anything that
 * touches the SOR or the disk tier (freshness, refresh, export) runs as a task. Freshness is checked
 * in the background every {@link #FRESHNESS_INTERVAL} and on demand.
 */
public final class CacheViewModel implements AutoCloseable {

    /** One metadata request per item to the SOR: once a minute keeps the badges honest without loading S3. */
    static final Duration FRESHNESS_INTERVAL = Duration.ofMinutes(1);

    private final ConsoleContext context;
    private final Cache cache;
    private final ObservableList<CacheRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper memoryRatio = new ReadOnlyDoubleWrapper(this, "memoryRatio");
    private final ReadOnlyStringWrapper memoryText = new ReadOnlyStringWrapper(this, "memoryText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Map<ItemKey, CacheRow> byKey = new HashMap<>();
    /** Keys loaded from their SOR since the last refresh: current by definition, no check needed. */
    private final Set<ItemKey> freshlyLoaded = new HashSet<>();
    private final CatalogFollower catalog;
    private final Repeating freshnessPoll;
    private final ItemOwners owners;
    private boolean checking;

    public CacheViewModel(ConsoleContext context) {
        this.context = context;
        this.cache = context.cache();
        this.catalog = new CatalogFollower(cache, context.uiThread(), this::reloadRows, freshlyLoaded::add);
        reloadRows();
        checkFreshness();
        freshnessPoll = Repeating.every(FRESHNESS_INTERVAL, context.uiThread(), this::checkFreshness);
        owners = new ItemOwners(context.team(), context.uiThread());
    }

    /** Which team member holds each path; empty when the console is not in a team. */
    ItemOwners owners() {
        return owners;
    }

    public ObservableList<CacheRow> rows() {
        return rows;
    }

    /** Memory used over the limit, 0 to 1. */
    public ReadOnlyDoubleProperty memoryRatioProperty() {
        return memoryRatio.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryTextProperty() {
        return memoryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void reloadRows() {
        List<ItemInfo> items = cache.list();
        Map<ItemKey, ItemInfo> now = new HashMap<>();
        items.forEach(i -> now.put(i.key(), i));
        rows.removeIf(row -> !now.containsKey(row.key()));
        byKey.keySet().retainAll(now.keySet());
        for (int i = 0; i < items.size(); i++) {
            ItemInfo info = items.get(i);
            CacheRow row = byKey.get(info.key());
            if (row == null) {
                row = new CacheRow(info);
                row.markFreshness(freshlyLoaded.remove(info.key()) ? Freshness.CURRENT : null);
                byKey.put(info.key(), row);
                rows.add(Math.min(i, rows.size()), row);
            } else {
                row.update(info);
                if (freshlyLoaded.remove(info.key())) {
                    row.markFreshness(Freshness.CURRENT);
                }
            }
        }
        CacheStats stats = cache.stats();
        long limit = Math.max(1, stats.memoryLimitBytes());
        memoryRatio.set(Math.min(1, (double) stats.memoryUsedBytes() / limit));
        memoryText.set(DisplayFormat.bytes(stats.memoryUsedBytes()) + " of " + DisplayFormat.bytes(stats.memoryLimitBytes()));
        summary.set(DisplayFormat.count(stats.itemCount()) + " items, " + DisplayFormat.count(stats.memoryItemCount())
                + " in memory · hit ratio " + DisplayFormat.percent(stats.hitRatio()));
    }

    /** Re-reads the catalog and checks every item against its SOR in the background. */
    public void refresh() {
        reloadRows();
        checkFreshness();
    }

    private void checkFreshness() {
        if (checking) {
            return; // the last check is still asking the SOR
        }
        checking = true;
        context.tasks().execute(new FreshnessCheck(cache, cache.list())
                .onSuccess(result -> {
                    checking = false;
                    result.forEach((key, freshness) -> {
                        CacheRow row = byKey.get(key);
                        if (row != null) {
                            row.markFreshness(freshness);
                        }
                    });
                })
                .onCancelled(() -> checking = false)
                .onFailure(error -> {
                    checking = false;
                    context.dialogs().error("Could not check items against their sources", error);
                }));
    }

    /** Drops each item and loads it again from its SOR (the engine's update). */
    public void refreshFromSor(List<CacheRow> selected) {
        for (CacheRow row : selected) {
            if (row.key().isWritten()) {
                context.dialogs().info("'" + row.key() + "' was written by a function and has no source to refresh from.");
                continue;
            }
            context.tasks().execute(BackgroundTask.of("Refresh " + row.key(),
                            () -> cache.update(row.key()).info())
                    .onSuccess(info -> context.dialogs().info("Refreshed " + info.key() + " from its source"))
                    .onFailure(error -> context.dialogs().error("Could not refresh " + row.key(), error)));
        }
    }

    public void delete(List<CacheRow> selected) {
        List<ItemKey> keys = selected.stream().map(CacheRow::key).toList();
        context.tasks().execute(BackgroundTask.of("Delete " + keys.size() + " items",
                        () -> keys.stream().filter(cache::delete).count())
                .onSuccess(n -> context.dialogs().info("Deleted " + n + (n == 1 ? " item" : " items") + " from the cache"))
                .onFailure(error -> context.dialogs().error("Could not delete", error)));
    }

    /** Frees the items' memory; they stay on disk and the next read brings them back. */
    public void evictFromMemory(List<CacheRow> selected) {
        long evicted = selected.stream().filter(r -> cache.policy().evictFromMemory(r.key())).count();
        if (evicted < selected.size()) {
            context.dialogs().info("Evicted " + evicted + " of " + selected.size()
                    + " items: the others were not in memory or are still being written to disk.");
        }
        catalog.request();
    }

    public List<ExportFormat> exportFormats(CacheRow row) {
        return ExportFormat.forKind(row.info().kind());
    }

    /** Asks where to save, then writes the item in the background. */
    public void export(CacheRow row, ExportFormat format) {
        String name = row.key().path().substring(row.key().path().lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        context.dialogs().askSaveFile("Export " + row.key(), name + format.extension(), format.extension())
                .ifPresent(file -> exportTo(row.key(), format, file));
    }

    void exportTo(ItemKey key, ExportFormat format, Path file) {
        context.tasks().execute(BackgroundTask.of("Export " + key, () -> {
                    ItemExporter.export(cache, key, format, file);
                    return file;
                })
                .onSuccess(written -> context.dialogs().info("Exported " + key + " to " + written))
                .onFailure(error -> context.dialogs().error("Could not export " + key, error)));
    }

    /** Browsing: remembers the row for other screens (the curl line) and reads nothing. */
    public void select(CacheRow row) {
        context.selection().select(row == null ? null : row.key());
    }

    /** Opens the row in the Item view: the analyst's explicit act (Enter, double-click, Open). */
    public void open(CacheRow row) {
        if (row != null) {
            context.selection().open(row.key());
        }
    }

    @Override
    public void close() {
        catalog.close();
        freshnessPoll.close();
        owners.close();
    }
}
