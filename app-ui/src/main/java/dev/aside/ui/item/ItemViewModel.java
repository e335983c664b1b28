package dev.aside.ui.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.CoalescedUpdate;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.ValueText;
import dev.aside.ui.common.grid.TableGridModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Item view: follows the item selected anywhere in the console, reads it from the cache in the
 * background (from memory, or from disk after an eviction) and prepares what its kind shows.
 */
public final class ItemViewModel implements AutoCloseable {


    private final ConsoleContext context;
    private final ObservableList<String> keys = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ItemContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Select an item in Cache");
    private final Cache.Subscription subscription;
    private final ItemAnalyses analyses = new ItemAnalyses();
    private BackgroundTask<ItemContent> opening;

    public ItemViewModel(ConsoleContext context) {
        this.context = context;
        context.selection().keyProperty().addListener((obs, old, key) -> open(key));
        CoalescedUpdate keysUpdate = new CoalescedUpdate(context.uiThread(), this::refreshKeys);
        subscription = context.cache().subscribe(event -> {
            if (event instanceof CacheEvent.LoadFinished || event instanceof CacheEvent.Stored
                    || event instanceof CacheEvent.Deleted) { // the only events that change which keys exist
                keysUpdate.request();
            }
        });
        refreshKeys();
    }

    /** Every cached key, for the picker. */
    public ObservableList<String> keys() {
        return keys;
    }

    public StringProperty selectedKeyProperty() {
        return context.selection().keyProperty();
    }

    public ReadOnlyObjectProperty<ItemContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the selected item again, e.g. after it was refreshed from its SOR. */
    public void reload() {
        open(context.selection().key());
    }

    private void refreshKeys() {
        var now = context.cache().list().stream().map(i -> i.key()).toList();
        if (!now.equals(keys)) {
            keys.setAll(now);
        }
    }

    private void open(String key) {
        if (opening != null) {
            opening.cancel();
        }
        if (key == null || key.isBlank()) {
            content.set(null);
            status.set("Select an item in Cache");
            return;
        }
        status.set("Opening " + key + "…");
        opening = context.tasks().execute(BackgroundTask.of("Open " + key, () -> prepare(key))
                .onSuccess(prepared -> {
                    content.set(prepared);
                    status.set(key + " · " + prepared.info().kind().name().toLowerCase() + " · "
                            + DisplayFormat.shape(prepared.info()) + " · " + prepared.info().tier().name().toLowerCase());
                    if (prepared instanceof ItemContent.TableContent table) {
                        table.stats().compute();
                    }
                })
                .onFailure(error -> {
                    content.set(null);
                    status.set("Could not open " + key);
                    context.dialogs().error("Could not open " + key, error);
                }));
    }

    private ItemContent prepare(String key) throws JsonProcessingException {
        CachedItem item = context.cache().getIfPresent(key)
                .orElseThrow(() -> new ItemNotFoundException("'" + key + "' is not in the cache any more."));
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
        subscription.close();
    }
}
