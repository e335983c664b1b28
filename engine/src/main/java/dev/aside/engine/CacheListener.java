package dev.aside.engine;

/**
 * Observes {@link CacheEvent}s. Called on the thread that caused the event, so implementations
 * return quickly and hand slow work elsewhere (a console hops to its UI thread). A listener that
 * throws is logged and never breaks the operation that raised the event.
 */
@FunctionalInterface
public interface CacheListener {

    void onEvent(CacheEvent event);
}
