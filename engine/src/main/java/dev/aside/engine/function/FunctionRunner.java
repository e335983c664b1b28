package dev.aside.engine.function;

import dev.aside.engine.AsideException;
import dev.aside.engine.FunctionFailedException;
import dev.aside.engine.FunctionTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls on a bounded executor so that a function that throws, hangs or is cancelled never
 * harms the caller or the engine. The time limit counts from when a call starts running, not from
 * when it was queued. A timed-out or cancelled call ends for its caller at once and its thread is
 * interrupted; Java cannot stop a thread that ignores interrupts, so such a function keeps its
 * worker until it returns (its result is then discarded), unless it passes {@link CallDeadline} on
 * to what it waits for.
 */
final class FunctionRunner {

    private final ExecutorService executor;
    private final ScheduledExecutorService timer;
    private final Duration timeLimit;

    FunctionRunner(ExecutorService executor, ScheduledExecutorService timer, Duration timeLimit) {
        this.executor = executor;
        this.timer = timer;
        this.timeLimit = timeLimit;
    }

    FunctionCall start(String function, Callable<FunctionResult> body) {
        FunctionCall call = new FunctionCall(function);
        try {
            Future<?> worker = executor.submit(() -> run(call, body));
            call.attach(worker);
        } catch (RejectedExecutionException e) {
            call.finish(new FunctionFailedException("Too many function calls are running or queued; "
                    + "function '" + function + "' was not started. Try again shortly.", e));
        }
        return call;
    }

    private void run(FunctionCall call, Callable<FunctionResult> body) {
        if (call.isDone()) {
            return;
        }
        ScheduledFuture<?> deadline = timer.schedule(() -> call.fail(new FunctionTimeoutException(
                "Function '" + call.function() + "' did not finish within " + describe(timeLimit)
                        + " and was stopped.")), timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            call.succeed(CallDeadline.within(timeLimit, body));
        } catch (AsideException e) {
            call.finish(e);
        } catch (Throwable e) { // the function's own failure, whatever it is, ends this call only
            call.finish(new FunctionFailedException("Function '" + call.function() + "' failed: "
                    + describe(e), e));
        } finally {
            deadline.cancel(false);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
