package dev.aside.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.engine.FunctionCancelledException;
import dev.aside.engine.FunctionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A function past its time limit is a 504. The engine's limit is 60 s and not settable through
 * AsideEngine, so this checks the mapping directly rather than waiting a minute over HTTP.
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
