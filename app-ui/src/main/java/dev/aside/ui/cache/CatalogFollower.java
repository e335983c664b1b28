package dev.aside.ui.cache;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.ItemKey;
import dev.aside.ui.common.CoalescedUpdate;
import dev.aside.ui.common.Repeating;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Says when the Cache screen should re-read the catalog. After the engine's events, whoever caused
 * them (this console, a script over REST, a function), coalesced to one re-read per burst, so an item
 * created by curl appears without a manual refresh; and every {@link #CATALOG_INTERVAL} for what the
 * engine does not announce (reads, hits, promotions from disk, a new memory limit). Load progress
 * changes nothing the catalog shows, so it causes no re-read.
 */
final class CatalogFollower implements AutoCloseable {

    /** Often enough that a hit or a promotion shows while the analyst looks; a catalog snapshot costs microseconds. */
    static final Duration CATALOG_INTERVAL = Duration.ofSeconds(1);

    private final Executor uiThread;
    private final Consumer<ItemKey> loaded;
    private final CoalescedUpdate update;
    private final Cache.Subscription subscription;
    private final Repeating poll;

    /**
     * @param reload re-reads the catalog; run on {@code uiThread}
     * @param loaded told on {@code uiThread} of each item loaded from its SOR, before the re-read that shows it
     */
    CatalogFollower(Cache cache, Executor uiThread, Runnable reload, Consumer<ItemKey> loaded) {
        this.uiThread = uiThread;
        this.loaded = loaded;
        this.update = new CoalescedUpdate(uiThread, reload);
        this.subscription = cache.subscribe(this::onEvent);
        this.poll = Repeating.every(CATALOG_INTERVAL, uiThread, reload);
    }

    /** Asks for a re-read after a change the engine does not announce; safe from any thread. */
    void request() {
        update.request();
    }

    private void onEvent(CacheEvent event) {
        if (!(event instanceof CacheEvent.LoadProgress) && !(event instanceof CacheEvent.LoadStarted)) {
            if (event instanceof CacheEvent.LoadFinished) {
                uiThread.execute(() -> loaded.accept(event.key()));
            }
            update.request();
        }
    }

    @Override
    public void close() {
        poll.close();
        subscription.close();
    }
}
