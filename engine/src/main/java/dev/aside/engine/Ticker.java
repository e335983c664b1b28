package dev.aside.engine;

/**
 * A source of nanosecond time for measuring durations (load and decode times), passed in through
 * {@link CacheBuilder#ticker} so tests can control it, as Caffeine's ticker is.
 */
@FunctionalInterface
public interface Ticker {

    /** Nanoseconds from an arbitrary origin; only differences mean anything. */
    long read();

    /** {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
