package dev.aside.ui.cache;

import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One row of the Cache screen, kept for as long as its key is cached and updated in place, so the
 * table keeps its selection and scroll position while events stream in.
 */
public final class CacheRow {

    private final ItemKey key;
    private final ReadOnlyObjectWrapper<ItemInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    /** True or false once checked against the SOR; null while unknown. */
    private final ReadOnlyObjectWrapper<Boolean> stale = new ReadOnlyObjectWrapper<>(this, "stale");

    CacheRow(ItemInfo info) {
        this.key = info.key();
        this.info.set(info);
    }

    public ItemKey key() {
        return key;
    }

    public ItemInfo info() {
        return info.get();
    }

    /** What the row's cells depend on, for bindings. */
    public Observable[] dependencies() {
        return new Observable[] {info, stale};
    }

    public String staleText() {
        if (key.isWritten()) {
            return "no SOR";
        }
        Boolean s = stale.get();
        return s == null ? "?" : s ? "stale" : "current";
    }

    void update(ItemInfo now) {
        ItemInfo before = info.get();
        if (!now.equals(before)) {
            if (reloaded(before, now)) {
                stale.set(false); // it was just read again from its source
            }
            info.set(now);
        }
    }

    private static boolean reloaded(ItemInfo before, ItemInfo now) {
        return !now.key().isWritten() && before.loadedAt() != null && now.loadedAt() != null
                && now.loadedAt().isAfter(before.loadedAt());
    }

    void markStale(Boolean value) {
        stale.set(value);
    }
}
