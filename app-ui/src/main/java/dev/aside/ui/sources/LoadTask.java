package dev.aside.ui.sources;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.DisplayFormat;

/**
 * Loads one SOR object into the cache (a Cache-Aside read), reporting download progress from the
 * engine's load events for that key. Cancelling interrupts the download; the engine then stores
 * nothing. An item already cached returns at once.
 */
final class LoadTask extends BackgroundTask<ItemInfo> {

    private final Cache cache;
    private final String storage;
    private final String path;
    /** The item being loaded, once resolved: events of other items are not this load's progress. */
    private volatile ItemKey key;

    LoadTask(Cache cache, String storage, String path) {
        super("Load " + path);
        this.cache = cache;
        this.storage = storage;
        this.path = path;
    }

    String path() {
        return path;
    }

    @Override
    protected ItemInfo call() {
        updateMessage("Waiting for the source…");
        Cache.Subscription progress = cache.subscribe(this::onEvent);
        try {
            key = cache.resolve(storage, path);
            ItemInfo info = cache.read(key).info();
            updateProgress(1, 1);
            updateMessage(DisplayFormat.shape(info));
            return info;
        } finally {
            progress.close();
        }
    }

    private void onEvent(CacheEvent event) {
        if (!event.key().equals(key)) {
            return;
        }
        if (event instanceof CacheEvent.LoadProgress p) {
            updateProgress(p.bytesDone(), p.totalBytes());
            updateMessage(DisplayFormat.bytes(p.bytesDone()) + " of " + DisplayFormat.bytes(p.totalBytes()));
        } else if (event instanceof CacheEvent.LoadStarted s) {
            updateMessage("Downloading " + DisplayFormat.bytes(s.totalBytes()));
        }
    }
}
