package dev.aside.ui.common;

import dev.aside.engine.ItemKey;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The cache item the analyst is working on, shared between screens. Two facts, kept apart because
 * browsing must not change the cache: the <em>selected</em> key (a row picked in Cache, used for the
 * Server screen's curl line) costs nothing, while the <em>opened</em> key (Enter, double-click, Open,
 * the Item screen's picker) is what the Item view reads. Changed on the UI thread only.
 */
public final class ItemSelection {

    private final ObjectProperty<ItemKey> key = new SimpleObjectProperty<>(this, "key");
    private final ReadOnlyObjectWrapper<ItemKey> opened = new ReadOnlyObjectWrapper<>(this, "opened");

    public ObjectProperty<ItemKey> keyProperty() {
        return key;
    }

    public ItemKey key() {
        return key.get();
    }

    public void select(ItemKey itemKey) {
        key.set(itemKey);
    }

    /** The item shown in the Item view; changes only through {@link #open}. */
    public ReadOnlyObjectProperty<ItemKey> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ItemKey opened() {
        return opened.get();
    }

    /** Selects the item and asks the Item view to read it: an explicit act of the analyst. */
    public void open(ItemKey itemKey) {
        key.set(itemKey);
        opened.set(itemKey);
    }
}
