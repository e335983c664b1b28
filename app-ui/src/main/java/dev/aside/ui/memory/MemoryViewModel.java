package dev.aside.ui.memory;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.ItemInfo;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.CoalescedUpdate;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.StorageLabel;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Memory screen, in the spirit of RedisInsight's memory analysis: where the cache's memory and
 * disk go. Every item, largest first (by memory or by disk), and the share of each kind and each
 * storage. Follows the cache's events (coalesced), reading the item list in the background.
 */
public final class MemoryViewModel implements AutoCloseable {

    /** What the item list is ordered by, largest first. */
    public enum Order { HEAP, DISK }

    private final ConsoleContext context;
    private final ObservableList<ItemInfo> items = FXCollections.observableArrayList();
    private final ObservableList<MemoryShare> byKind = FXCollections.observableArrayList();
    private final ObservableList<MemoryShare> byStorage = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Cache.Subscription subscription;
    private Order order = Order.HEAP;
    private List<ItemInfo> latest = List.of();

    public MemoryViewModel(ConsoleContext context) {
        this.context = context;
        CoalescedUpdate update = new CoalescedUpdate(context.uiThread(), this::refresh);
        subscription = context.cache().subscribe(event -> {
            if (!(event instanceof CacheEvent.LoadProgress) && !(event instanceof CacheEvent.LoadStarted)) {
                update.request();
            }
        });
        refresh();
    }

    public ObservableList<ItemInfo> items() {
        return items;
    }

    public ObservableList<MemoryShare> byKind() {
        return byKind;
    }

    public ObservableList<MemoryShare> byStorage() {
        return byStorage;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void orderBy(Order next) {
        order = next;
        show(latest);
    }

    /** Reads the item list again, in the background. */
    public void refresh() {
        context.tasks().execute(BackgroundTask.of("Memory analysis", () -> context.cache().list())
                .onSuccess(this::show)
                .onFailure(error -> context.dialogs().error("Could not read the cache's items", error)));
    }

    public static String kindName(ItemInfo info) {
        String kind = info.kind().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    private void show(List<ItemInfo> infos) {
        latest = infos;
        Comparator<ItemInfo> size = order == Order.HEAP ? Comparator.comparingLong(ItemInfo::heapBytes)
                : Comparator.comparingLong(ItemInfo::diskBytes);
        items.setAll(infos.stream().sorted(size.reversed()).toList());
        byKind.setAll(MemoryShare.of(infos, MemoryViewModel::kindName));
        byStorage.setAll(MemoryShare.of(infos, i -> StorageLabel.of(i.storage())));
        long heap = infos.stream().mapToLong(i -> Math.max(0, i.heapBytes())).sum();
        long disk = infos.stream().mapToLong(i -> Math.max(0, i.diskBytes())).sum();
        summary.set(DisplayFormat.count(infos.size()) + " items · " + DisplayFormat.bytes(heap) + " in memory · "
                + DisplayFormat.bytes(disk) + " on disk");
    }

    @Override
    public void close() {
        subscription.close();
    }
}
