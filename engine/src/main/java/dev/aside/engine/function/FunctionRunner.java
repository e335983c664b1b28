package dev.aside.engine.function;

import dev.aside.engine.AsideException;
import dev.aside.engine.FunctionBusyException;
import dev.aside.engine.FunctionFailedException;
import dev.aside.engine.FunctionTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs calls so that a function that throws, hangs or is cancelled never harms the caller or the
 * engine. Built-ins run on their own bounded executor and user functions on {@link UserFunctionWorkers},
 * so user code never delays a built-in. Every wait is bounded: a call not started within the queue
 * wait ends with {@link FunctionBusyException} (nothing ran), and the time limit, counted from when a
 * call starts, ends it for its caller at once and interrupts its thread. A user function that ignores
 * the interrupt loses its worker (see {@link UserFunctionWorkers}); a built-in honours it.
 */
final class FunctionRunner {

    /** Long enough for a running call to end and free a worker, short enough to keep a caller going. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final ExecutorService builtins;
    private final UserFunctionWorkers users;
    private final ScheduledExecutorService timer;
    private final Duration timeLimit;
    private final Duration queueWait;

    FunctionRunner(ExecutorService builtins, UserFunctionWorkers users, ScheduledExecutorService timer,
            Duration timeLimit, Duration queueWait) {
        this.builtins = builtins;
        this.users = users;
        this.timer = timer;
        this.timeLimit = timeLimit;
        this.queueWait = queueWait;
    }

    /** Starts {@code body} on the built-ins' executor or, for user code, on the user-function workers. */
    FunctionCall start(String function, boolean userCode, Callable<FunctionResult> body) {
        FunctionCall call = new FunctionCall(function);
        AtomicBoolean claimed = new AtomicBoolean(); // by the worker that runs it, or by the queue deadline
        Runnable task = () -> {
            if (claimed.compareAndSet(false, true)) {
                run(call, body);
            }
        };
        try {
            if (userCode) {
                users.execute(call, task);
            } else {
                call.attach(builtins.submit(task));
            }
        } catch (RejectedExecutionException e) {
            claimed.set(true);
            call.finish(busy(function, "too many function calls are running or queued"));
            return call;
        } catch (FunctionBusyException e) {
            claimed.set(true);
            call.finish(e);
            return call;
        }
        ScheduledFuture<?> expiry = timer.schedule(() -> {
            if (claimed.compareAndSet(false, true)) {
                call.fail(busy(function, "no worker became free within " + describe(queueWait)));
            }
        }, queueWait.toNanos(), TimeUnit.NANOSECONDS);
        call.whenEnded(() -> expiry.cancel(false));
        return call;
    }

    FunctionWorkload workload() {
        return users.workload();
    }

    static FunctionBusyException busy(String function, String why) {
        return new FunctionBusyException("Function '" + function + "' was not started: " + why
                + ". Nothing ran; try again in " + RETRY_AFTER.toSeconds() + " s.", RETRY_AFTER);
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
        } catch (OutOfMemoryError e) {
            // the call's own allocations are garbage once it unwinds; the engine goes on
            call.finish(new FunctionFailedException("Function '" + call.function() + "' ran out of memory and was "
                    + "stopped; the server is unaffected. Work on a smaller item or fewer rows at a time.", e));
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
