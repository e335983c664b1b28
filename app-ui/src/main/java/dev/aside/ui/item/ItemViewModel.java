package dev.aside.ui.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.Tier;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.CoalescedUpdate;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.Repeating;
import dev.aside.ui.common.StorageLabel;
import dev.aside.ui.common.ValueText;
import dev.aside.ui.common.grid.TableGridModel;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Item view: follows the item opened anywhere in the console (never a mere selection), reads it
 * in the background with the engine's {@code peek} (no hit counted, a disk-only item is not pulled
 * into memory unless the analyst asks with {@link #keepInMemory()}) and prepares what its kind shows.
 * Its header follows the engine's events for the item (reads, promotions, evictions); a delete
 * cancels whatever is still being prepared for it, so nothing here brings a deleted item back.
 */
public final class ItemViewModel implements AutoCloseable {

    private static final String NOTHING_OPEN = "Open an item in Cache (Enter or double-click) or choose one here";

    private final ConsoleContext context;
    private final ObservableList<ItemKey> keys = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ItemContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NOTHING_OPEN);
    private final Cache.Subscription subscription;
    private final ItemAnalyses analyses = new ItemAnalyses();
    private final ReadOnlyBooleanWrapper diskOnly = new ReadOnlyBooleanWrapper(this, "diskOnly");
    private final CoalescedUpdate headerUpdate;
    private final Repeating headerPoll;
    private BackgroundTask<ItemContent> opening;

    public ItemViewModel(ConsoleContext context) {
        this.context = context;
        context.selection().openedProperty().addListener((obs, old, key) -> open(key));
        CoalescedUpdate keysUpdate = new CoalescedUpdate(context.uiThread(), this::refreshKeys);
        headerUpdate = new CoalescedUpdate(context.uiThread(), this::refreshHeader);
        subscription = context.cache().subscribe(event -> {
            if (event instanceof CacheEvent.LoadFinished || event instanceof CacheEvent.Stored
                    || event instanceof CacheEvent.Deleted) { // the only events that change which keys exist
                keysUpdate.request();
            }
            if (event instanceof CacheEvent.Deleted) {
                context.uiThread().execute(() -> onDeleted(event.key()));
            } else if (!(event instanceof CacheEvent.LoadProgress)) {
                headerUpdate.request();
            }
        });
        refreshKeys();
        headerPoll = Repeating.every(Duration.ofSeconds(1), context.uiThread(), this::refreshHeader); // reads fire no event
    }

    /** True while the open item is held on disk only: the view then offers to load it into memory. */
    public ReadOnlyBooleanProperty diskOnlyProperty() {
        return diskOnly.getReadOnlyProperty();
    }

    /** Reads the open item through the cache, counting a hit and bringing it into memory: asked for, never implied. */
    public void keepInMemory() {
        ItemKey key = context.selection().opened();
        if (key != null) {
            context.tasks().execute(BackgroundTask.of("Load " + key + " into memory",
                            () -> context.cache().getIfPresent(key).isPresent())
                    .onFailure(error -> context.dialogs().error("Could not load " + key + " into memory", error)));
        }
    }

    /** Choosing an item in the Item screen's picker opens it. */
    public void openPicked(ItemKey key) {
        if (key != null && !key.equals(context.selection().opened())) {
            context.selection().open(key);
        }
    }

    /** Every cached key, for the picker. */
    public ObservableList<ItemKey> keys() {
        return keys;
    }

    public ReadOnlyObjectProperty<ItemKey> openedKeyProperty() {
        return context.selection().openedProperty();
    }

    public ReadOnlyObjectProperty<ItemContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the open item again, e.g. after it was refreshed from its SOR. */
    public void reload() {
        open(context.selection().opened());
    }

    private void onDeleted(ItemKey key) {
        if (!key.equals(context.selection().opened())) {
            return;
        }
        cancelPending();
        content.set(null);
        diskOnly.set(false);
        status.set(key + " was deleted");
    }

    private void cancelPending() {
        if (opening != null) {
            opening.cancel();
        }
        if (content.get() instanceof ItemContent.TableContent table) {
            table.stats().cancel();
        }
    }

    /** The header follows reads, promotions from disk and evictions of the open item. */
    private void refreshHeader() {
        ItemKey key = context.selection().opened();
        ItemContent shown = content.get();
        if (key == null || shown == null) {
            return;
        }
        context.cache().head(key).ifPresent(info -> {
            status.set(header(key, info));
            diskOnly.set(info.tier() == Tier.DISK);
        });
    }

    private static String header(ItemKey key, ItemInfo info) {
        return StorageLabel.describe(key) + " · " + info.kind().name().toLowerCase() + " · " + DisplayFormat.shape(info) + " · "
                + info.tier().name().toLowerCase() + " · " + DisplayFormat.count(info.hits()) + " hits";
    }

    private void refreshKeys() {
        var now = context.cache().list().stream().map(i -> i.key()).toList();
        if (!now.equals(keys)) {
            keys.setAll(now);
        }
    }

    private void open(ItemKey key) {
        cancelPending();
        if (key == null) {
            content.set(null);
            status.set(NOTHING_OPEN);
            return;
        }
        status.set("Opening " + key + "…");
        opening = context.tasks().execute(BackgroundTask.of("Open " + key, () -> prepare(key))
                .onSuccess(prepared -> {
                    content.set(prepared);
                    status.set(header(key, prepared.info()));
                    diskOnly.set(prepared.info().tier() == Tier.DISK);
                    if (prepared instanceof ItemContent.TableContent table) {
                        table.stats().compute();
                    }
                })
                .onFailure(error -> {
                    content.set(null);
                    diskOnly.set(false);
                    status.set("Could not open " + key);
                    context.dialogs().error("Could not open " + key, error);
                }));
    }

    private ItemContent prepare(ItemKey key) throws JsonProcessingException {
        CachedItem item = context.cache().peek(key)
                .orElseThrow(() -> ItemNotFoundException.notCached(key));
        return prepare(item);
    }

    private ItemContent prepare(CachedItem item) throws JsonProcessingException {
        if (item.value() instanceof TableValue table) {
            return new ItemContent.TableContent(item.info(), new TableStatsModel(context, item.key(), table.table(),
                    analyses.of(item.info())),
                    new TableGridModel(context, table.table()));
        }
        if (item.value() instanceof JsonValue json) {
            return new ItemContent.JsonContent(item.info(), json.json(), ValueText.json(json.json()));
        }
        byte[] bytes = ((BytesValue) item.value()).bytes();
        return new ItemContent.BytesContent(item.info(), ValueText.hex(bytes), ValueText.text(bytes));
    }

    @Override
    public void close() {
        headerPoll.close();
        subscription.close();
    }
}
