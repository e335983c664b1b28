package dev.aside.engine;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The engine's background threads: named for thread dumps, and daemons so they never keep the JVM alive. */
public final class DaemonThreads {

    private DaemonThreads() {}

    /** Threads called {@code prefix-1}, {@code prefix-2}, and so on. */
    public static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
