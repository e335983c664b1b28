package dev.aside.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.engine.FunctionCancelledException;
import dev.aside.engine.FunctionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The mapping of function time-outs and cancellations; FunctionTimeoutTest sees the 504 over HTTP,
 * while a cancellation only happens from inside the process (the console's cancel button).
 */
class FunctionTimeoutStatusTest {

    @Test
    void timeout_is504_andCancelled_is503() {
        assertEquals(504, ErrorMapping.forEngine(new FunctionTimeoutException("'slow' ran past its 60 s limit.")).status());
        assertEquals("function_timeout",
                ErrorMapping.forEngine(new FunctionTimeoutException("'slow' ran past its 60 s limit.")).type());
        assertEquals(503, ErrorMapping.forEngine(new FunctionCancelledException("'slow' was cancelled.")).status());
    }
}
