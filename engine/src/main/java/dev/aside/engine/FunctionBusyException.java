package dev.aside.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * A function call was not started: every worker for its kind of function stayed busy past the wait
 * allowed, or too many runaway user functions were abandoned and only a restart frees their threads.
 * Nothing ran and nothing changed; data operations and other functions are unaffected.
 */
public class FunctionBusyException extends AsideException {

    private final transient Duration retryAfter;

    /** @param retryAfter when trying again may succeed, or null when only a restart helps */
    public FunctionBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** When trying again may succeed; empty when the server needs a restart first. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
