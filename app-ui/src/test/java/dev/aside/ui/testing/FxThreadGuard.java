package dev.aside.ui.testing;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;

/**
 * Records engine work done on the JavaFX thread. The engine reports loads, writes and deletes on the
 * thread that does them, so any such event seen on the FX thread means a screen ran slow work where
 * it freezes the window. Unlike a timing, this does not depend on how fast or busy the machine is.
 */
final class FxThreadGuard implements AutoCloseable {

    private final List<CacheEvent> onFxThread = new CopyOnWriteArrayList<>();
    private final Cache.Subscription subscription;

    FxThreadGuard(Cache cache) {
        subscription = cache.subscribe(event -> {
            if (isSlowWork(event) && Platform.isFxApplicationThread()) {
                onFxThread.add(event);
            }
        });
    }

    /** Loads from a SOR, stores, deletes and disk writes; evicting from memory only is cheap. */
    private static boolean isSlowWork(CacheEvent event) {
        return !(event instanceof CacheEvent.Evicted);
    }

    /** Fails with the events that ran on the FX thread, if any. */
    void assertNoneSeen() {
        if (!onFxThread.isEmpty()) {
            throw new AssertionError("Engine work ran on the JavaFX thread, freezing the window: " + onFxThread);
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
