package dev.aside.ui.common;

import java.util.concurrent.CancellationException;

/**
 * Lets a loop over millions of rows stop when its {@link BackgroundTask} is cancelled. Cancelling
 * interrupts the worker, but a pure computation never looks at the interrupt: without this check an
 * abandoned chart or sort keeps a core busy for seconds, slowing the work the analyst asked for next.
 */
public final class Cancellation {

    /** Rows between checks: often enough to stop within milliseconds, rarely enough to cost nothing. */
    private static final int STRIDE_MASK = (1 << 16) - 1;

    private Cancellation() {}

    /** Throws {@link CancellationException} at every 65,536th {@code row} when the thread was interrupted. */
    public static void check(int row) {
        if ((row & STRIDE_MASK) == 0 && Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
    }
}
