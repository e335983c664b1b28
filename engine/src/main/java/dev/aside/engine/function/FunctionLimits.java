package dev.aside.engine.function;

import dev.aside.engine.InvalidParameterException;
import java.time.Duration;

/**
 * How much of the server user functions (deployed sources and plugins) may take. They run on workers
 * of their own, so data operations and built-in functions never wait behind them.
 *
 * @param workers how many user-function calls run at once
 * @param queueWait the longest a call waits for a worker; past it the caller is told to retry
 * @param abandonedCap how many timed-out calls that ignore interrupts may keep their threads; once
 *     reached, user functions are refused until a restart, because each such thread may hold a core
 */
public record FunctionLimits(int workers, Duration queueWait, int abandonedCap) {

    /**
     * Two workers (the machine's cores, at least two): user code is the analyst's own, run a few at a
     * time; a caller waits up to 10 s, about a short function's run; four runaway threads already hold
     * a small machine's cores.
     */
    public static final FunctionLimits DEFAULT = new FunctionLimits(
            Math.max(2, Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(10), 4);

    public FunctionLimits {
        if (workers < 1) {
            throw new InvalidParameterException("User functions need at least one worker, was " + workers + ".");
        }
        if (queueWait == null || queueWait.isNegative()) {
            throw new InvalidParameterException("The wait for a function worker must be zero or more, was " + queueWait + ".");
        }
        if (abandonedCap < 1) {
            throw new InvalidParameterException("The cap on abandoned function threads must be at least 1, was "
                    + abandonedCap + ".");
        }
    }
}
