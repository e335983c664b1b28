package dev.aside.ui.common;

import dev.aside.engine.ItemKey;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The cache item the analyst is working on, shared between screens: picked in Cache, shown in the
 * Item view, used for the Server screen's curl line. Changed on the UI thread only.
 */
public final class ItemSelection {

    private final ObjectProperty<ItemKey> key = new SimpleObjectProperty<>(this, "key");

    public ObjectProperty<ItemKey> keyProperty() {
        return key;
    }

    public ItemKey key() {
        return key.get();
    }

    public void select(ItemKey itemKey) {
        key.set(itemKey);
    }
}
