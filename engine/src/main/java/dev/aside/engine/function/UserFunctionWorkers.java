package dev.aside.engine.function;

import dev.aside.engine.FunctionBusyException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workers user functions run on, apart from everything else, so that user code can only ever
 * take its own workers. Each call gets a fresh thread while a worker slot is free; others wait in a
 * short queue (the caller's wait is bounded by the runner's queue deadline).
 *
 * <p>Java cannot stop a thread that ignores interrupts. When a call has ended for its caller (time
 * limit or cancel) and its thread still runs {@link #ABANDON_GRACE} later, the thread is abandoned:
 * it is counted, its slot goes to the next call, and the count drops when the thread ends by itself.
 * At {@link FunctionLimits#abandonedCap()} abandoned threads, new calls are refused, because each may
 * be holding a core.
 *
 * <p>Thread-safe.
 */
final class UserFunctionWorkers {

    /** A function that honours the interrupt stops well within this; one that does not is abandoned. */
    static final Duration ABANDON_GRACE = Duration.ofSeconds(1);
    /** Waiting calls per worker: beyond this a newcomer would outwait the queue deadline anyway. */
    private static final int QUEUE_PER_WORKER = 8;

    private final FunctionLimits limits;
    private final ScheduledExecutorService timer;
    private final ThreadFactory threads;
    private final AtomicInteger abandoned = new AtomicInteger();
    /** Calls waiting for a slot; guarded by {@code this}. */
    private final Deque<Worker> waiting = new ArrayDeque<>();
    /** Slots taken; guarded by {@code this}. */
    private int running;

    UserFunctionWorkers(FunctionLimits limits, ScheduledExecutorService timer, ThreadFactory threads) {
        this.limits = limits;
        this.timer = timer;
        this.threads = threads;
    }

    /**
     * Runs {@code task} for {@code call} when a slot is free.
     *
     * @throws FunctionBusyException when the queue is full or too many threads are abandoned
     */
    void execute(FunctionCall call, Runnable task) {
        int stuck = abandoned.get();
        if (stuck >= limits.abandonedCap()) {
            throw new FunctionBusyException(stuck + " user-function calls passed their time limit without stopping "
                    + "and still hold their threads, so user functions are refused until they end or the server "
                    + "restarts. Restart the server; data operations and built-in functions keep working.", null);
        }
        Worker worker = new Worker(call, task);
        synchronized (this) {
            if (running >= limits.workers()) {
                if (waiting.size() >= limits.workers() * QUEUE_PER_WORKER) {
                    throw FunctionRunner.busy(call.function(), waiting.size() + " calls are already waiting");
                }
                waiting.add(worker);
                return;
            }
            running++;
        }
        worker.start();
    }

    synchronized FunctionWorkload workload() {
        return new FunctionWorkload(running, waiting.size(), abandoned.get(), limits.abandonedCap());
    }

    private void slotFreed() {
        Worker next;
        synchronized (this) {
            do {
                next = waiting.poll();
            } while (next != null && next.call.isDone()); // gave up waiting
            if (next == null) {
                running--;
                return;
            }
        }
        next.start();
    }

    private static final int RUNNING = 0;
    private static final int ABANDONED = 1;
    private static final int ENDED = 2;

    private final class Worker implements Runnable {

        private final FunctionCall call;
        private final FutureTask<Void> task;
        private final AtomicBoolean holdsSlot = new AtomicBoolean(true);
        /** {@link #RUNNING}, then {@link #ABANDONED} or {@link #ENDED}, then {@link #ENDED}. */
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        Worker(FunctionCall call, Runnable body) {
            this.call = call;
            this.task = new FutureTask<>(body, null);
        }

        void start() {
            call.attach(task);
            call.whenEnded(() -> timer.schedule(this::abandonIfRunning, ABANDON_GRACE.toNanos(), TimeUnit.NANOSECONDS));
            threads.newThread(this).start();
        }

        @Override
        public void run() {
            try {
                task.run();
            } finally {
                if (state.getAndSet(ENDED) == ABANDONED) {
                    abandoned.decrementAndGet();
                }
                releaseSlot();
            }
        }

        private void abandonIfRunning() {
            abandoned.incrementAndGet(); // counted first, so the count never dips below zero
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                releaseSlot();
            } else {
                abandoned.decrementAndGet();
            }
        }

        private void releaseSlot() {
            if (holdsSlot.compareAndSet(true, false)) {
                slotFreed();
            }
        }
    }
}
