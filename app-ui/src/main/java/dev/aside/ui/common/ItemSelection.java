package dev.aside.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The cache item the analyst is working on, shared between screens: picked in Cache, shown in the
 * Item view, used for the Server screen's curl line. Changed on the UI thread only.
 */
public final class ItemSelection {

    private final StringProperty key = new SimpleStringProperty(this, "key");

    public StringProperty keyProperty() {
        return key;
    }

    public String key() {
        return key.get();
    }

    public void select(String itemKey) {
        key.set(itemKey);
    }
}
