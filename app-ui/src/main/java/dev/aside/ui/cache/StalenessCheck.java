package dev.aside.ui.cache;

import dev.aside.engine.AsideException;
import dev.aside.engine.Cache;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.ui.common.BackgroundTask;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks each item's SOR whether its object changed since it was loaded: one metadata request per
 * item, so it runs in the background and only when asked (opening the screen, Refresh). An object
 * that cannot be checked (gone, SOR unreachable) counts as stale: the cached copy no longer matches
 * anything the SOR will serve.
 */
final class StalenessCheck extends BackgroundTask<Map<ItemKey, Boolean>> {

    private final Cache cache;
    private final List<ItemInfo> items;

    StalenessCheck(Cache cache, List<ItemInfo> items) {
        super("Check cached items against their sources");
        this.cache = cache;
        this.items = items;
    }

    @Override
    protected Map<ItemKey, Boolean> call() {
        Map<ItemKey, Boolean> stale = new HashMap<>();
        int done = 0;
        for (ItemInfo item : items) {
            if (isCancelled()) {
                break;
            }
            if (!item.key().isWritten()) {
                stale.put(item.key(), isStale(item));
            }
            updateProgress(++done, items.size());
        }
        return stale;
    }

    private boolean isStale(ItemInfo item) {
        SystemOfRecord sor = cache.systemOfRecord(item.storage());
        if (sor == null) {
            return true;
        }
        try {
            ObjectMeta now = sor.stat(item.path());
            ObjectMeta cached = new ObjectMeta(item.path(), item.sorSize(), item.sorLastModified(), item.sorEtag());
            return item.sorLastModified() == null ? item.sorSize() != now.size() : cached.differsFrom(now);
        } catch (AsideException e) {
            return true;
        }
    }
}
