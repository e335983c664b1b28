package dev.aside.engine.function;

/**
 * What user functions hold of the server now, for health checks and metrics.
 *
 * @param running user-function calls running on a worker
 * @param queued calls waiting for a worker
 * @param abandoned threads of timed-out calls that ignored the interrupt and still run; their
 *     workers were replaced
 * @param abandonedCap past this many abandoned threads user functions are refused until a restart
 */
public record FunctionWorkload(int running, int queued, int abandoned, int abandonedCap) {

    /** True when user functions are refused until the abandoned threads end or the server restarts. */
    public boolean needsRestart() {
        return abandoned >= abandonedCap;
    }
}
