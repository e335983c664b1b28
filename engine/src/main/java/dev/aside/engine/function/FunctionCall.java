package dev.aside.engine.function;

import dev.aside.engine.AsideException;
import dev.aside.engine.FunctionCancelledException;
import dev.aside.engine.FunctionFailedException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running or finished call. It ends exactly once: with a result, or with a
 * {@code FunctionFailedException}, {@code FunctionTimeoutException} or
 * {@code FunctionCancelledException} (or the {@link AsideException} the function itself threw).
 * Thread-safe.
 */
public final class FunctionCall {

    private final String function;
    private final CompletableFuture<FunctionResult> outcome = new CompletableFuture<>();
    private volatile Future<?> worker;

    FunctionCall(String function) {
        this.function = function;
    }

    public String function() {
        return function;
    }

    /** Waits for the result; throws the call's {@link AsideException} when it did not succeed. */
    public FunctionResult get() {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionCancelledException("Stopped waiting for function '" + function + "': interrupted.", e);
        }
    }

    /** Waits at most {@code timeout}; a {@link TimeoutException} leaves the call running. */
    public FunctionResult get(long timeout, TimeUnit unit) throws TimeoutException {
        try {
            return outcome.get(timeout, unit);
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionCancelledException("Stopped waiting for function '" + function + "': interrupted.", e);
        }
    }

    /** Stops the call and interrupts its thread; false when it had already ended. */
    public boolean cancel() {
        return fail(new FunctionCancelledException("The call to function '" + function + "' was cancelled."));
    }

    public boolean isDone() {
        return outcome.isDone();
    }

    void attach(Future<?> runningOn) {
        this.worker = runningOn;
        if (outcome.isDone()) {
            runningOn.cancel(true);
        }
    }

    /** Runs {@code action} once the call has ended for its caller, however it ended. */
    void whenEnded(Runnable action) {
        outcome.whenComplete((result, error) -> action.run());
    }

    boolean succeed(FunctionResult result) {
        return outcome.complete(result);
    }

    /** Ends the call from its own worker thread, which needs no interrupt. */
    boolean finish(AsideException error) {
        return outcome.completeExceptionally(error);
    }

    /** Ends the call with {@code error} and interrupts the worker; false when it had already ended. */
    boolean fail(AsideException error) {
        boolean ended = outcome.completeExceptionally(error);
        Future<?> running = worker;
        if (ended && running != null) {
            running.cancel(true);
        }
        return ended;
    }

    private AsideException unwrap(ExecutionException e) {
        if (e.getCause() instanceof AsideException aside) {
            return aside;
        }
        if (e.getCause() instanceof CancellationException) {
            return new FunctionCancelledException("The call to function '" + function + "' was cancelled.", e);
        }
        return new FunctionFailedException("Function '" + function + "' failed unexpectedly.", e.getCause());
    }
}
