package dev.aside.engine;

import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to listeners; a listener that throws is logged and never breaks the caller. */
final class Listeners {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final CopyOnWriteArrayList<CacheListener> listeners = new CopyOnWriteArrayList<>();

    Cache.Subscription add(CacheListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void fire(CacheEvent event) {
        for (CacheListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("A cache listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}
