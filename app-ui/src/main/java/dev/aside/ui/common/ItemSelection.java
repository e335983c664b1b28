package dev.aside.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The cache item the analyst is working on, shared between screens. Two facts, kept apart because
 * browsing must not change the cache: the <em>selected</em> key (a row picked in Cache, used for the
 * Server screen's curl line) costs nothing, while the <em>opened</em> key (Enter, double-click, Open,
 * the Item screen's picker) is what the Item view reads. Changed on the UI thread only.
 */
public final class ItemSelection {

    private final StringProperty key = new SimpleStringProperty(this, "key");
    private final ReadOnlyStringWrapper opened = new ReadOnlyStringWrapper(this, "opened");

    public StringProperty keyProperty() {
        return key;
    }

    public String key() {
        return key.get();
    }

    public void select(String itemKey) {
        key.set(itemKey);
    }

    /** The item shown in the Item view; changes only through {@link #open}. */
    public ReadOnlyStringProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public String opened() {
        return opened.get();
    }

    /** Selects the item and asks the Item view to read it: an explicit act of the analyst. */
    public void open(String itemKey) {
        key.set(itemKey);
        opened.set(itemKey);
    }
}
