package dev.aside.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A piece of slow work (a listing, a load, stats, a function call) run off the UI thread by a
 * {@link TaskExecutor}. It reports progress and a message, and ends exactly once: with a result, a
 * failure or a cancellation, each handed to its callback on the UI thread.
 *
 * <p>{@link #call()} runs on a worker thread and must not touch UI state; {@link #updateProgress}
 * and {@link #updateMessage} are safe from there, since the properties change on the UI thread.
 * Cancelling interrupts the worker: blocking I/O on interruptible channels stops, and long loops
 * should check {@link #isCancelled()}.
 *
 * @param <T> the result type
 */
public abstract class BackgroundTask<T> {

    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Consumer<? super T> onSuccess = result -> {};
    private Consumer<Throwable> onFailure = error -> {};
    private Runnable onCancelled = () -> {};
    private volatile Executor uiThread = Runnable::run;
    private volatile boolean cancelled;
    private volatile Thread worker;

    protected BackgroundTask(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** A task around a callable, for work that reports no progress. */
    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        return new BackgroundTask<>(title) {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }

    /** The work; runs on a worker thread. */
    protected abstract T call() throws Exception;

    public String title() {
        return title;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Progress from 0 to 1, or -1 while unknown. Changes on the UI thread. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Asks the task to stop; its failure callback is not called for the interruption this causes. */
    public void cancel() {
        cancelled = true;
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    protected void updateProgress(double done, double total) {
        double value = total <= 0 ? -1 : Math.min(1, done / total);
        uiThread.execute(() -> progress.set(value));
    }

    protected void updateMessage(String text) {
        uiThread.execute(() -> message.set(text));
    }

    /**
     * Runs the task on the calling thread and delivers its outcome through {@code uiThread}. Called by
     * executors only; {@code Runnable::run} as {@code uiThread} runs a task wholly synchronously.
     */
    final void run(Executor uiThread) {
        this.uiThread = uiThread;
        if (cancelled) {
            uiThread.execute(onCancelled);
            return;
        }
        worker = Thread.currentThread();
        try {
            T result = call();
            if (cancelled) {
                uiThread.execute(onCancelled);
            } else {
                uiThread.execute(() -> onSuccess.accept(result));
            }
        } catch (Throwable error) {
            if (cancelled) {
                uiThread.execute(onCancelled);
            } else {
                uiThread.execute(() -> onFailure.accept(error));
            }
        } finally {
            worker = null;
            Thread.interrupted(); // a late cancel must not leak an interrupt into the pool thread
        }
    }
}
