package dev.aside.ui.cache;

import dev.aside.engine.Cache;
import dev.aside.engine.Freshness;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.ui.common.BackgroundTask;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the engine how fresh each item loaded from a SOR is ({@link Cache#freshness}, the one rule
 * that validating reads use too): one metadata request per item, so it runs in the background.
 */
final class FreshnessCheck extends BackgroundTask<Map<ItemKey, Freshness>> {

    private final Cache cache;
    private final List<ItemInfo> items;

    FreshnessCheck(Cache cache, List<ItemInfo> items) {
        super("Check cached items against their sources");
        this.cache = cache;
        this.items = items;
    }

    @Override
    protected Map<ItemKey, Freshness> call() {
        Map<ItemKey, Freshness> found = new HashMap<>();
        int done = 0;
        for (ItemInfo item : items) {
            if (isCancelled()) {
                break;
            }
            if (!item.key().isWritten()) {
                try {
                    found.put(item.key(), cache.freshness(item.key()));
                } catch (ItemNotFoundException deletedMeanwhile) {
                    // its row goes with the next refresh
                }
            }
            updateProgress(++done, items.size());
        }
        return found;
    }
}
