package dev.aside.engine.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Captures what slf4j-simple writes (to {@code System.err}, looked up at each write) while it is
 * open, so a test can assert that a warning was logged, and how often.
 */
public final class CapturedLog implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    public CapturedLog() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    /** Lines logged so far that contain {@code text}. */
    public List<String> linesContaining(String text) {
        return Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> line.contains(text)).toList();
    }

    @Override
    public void close() {
        System.setErr(original);
        System.err.print(captured.toString(StandardCharsets.UTF_8));
    }
}
