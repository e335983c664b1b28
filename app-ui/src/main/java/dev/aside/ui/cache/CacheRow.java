package dev.aside.ui.cache;

import dev.aside.engine.Freshness;
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
    /** As the engine last found it against the SOR; null while unknown. */
    private final ReadOnlyObjectWrapper<Freshness> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");

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
        return new Observable[] {info, freshness};
    }

    /** The badge's text: current, stale, unreachable, not checked yet, or no SOR for a written value. */
    public String staleText() {
        if (key.isWritten()) {
            return "no SOR";
        }
        Freshness f = freshness.get();
        return f == null ? "not checked" : f.name().toLowerCase();
    }

    void update(ItemInfo now) {
        ItemInfo before = info.get();
        if (!now.equals(before)) {
            if (reloaded(before, now)) {
                freshness.set(Freshness.CURRENT); // it was just read again from its source
            }
            info.set(now);
        }
    }

    private static boolean reloaded(ItemInfo before, ItemInfo now) {
        return !now.key().isWritten() && before.loadedAt() != null && now.loadedAt() != null
                && now.loadedAt().isAfter(before.loadedAt());
    }

    void markFreshness(Freshness value) {
        freshness.set(value);
    }
}
