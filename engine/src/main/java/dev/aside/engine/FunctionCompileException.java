package dev.aside.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A user function's Java source does not compile, or compiles but cannot be loaded as a function.
 * {@link #diagnostics()} carries each compiler error with its position in the submitted source, so an
 * editor can mark the line; it is empty when the source compiled but was not a usable function.
 */
public class FunctionCompileException extends AsideException {

    /** Diagnostics shown in the message; the rest stay available through {@link #diagnostics()}. */
    private static final int DIAGNOSTICS_IN_MESSAGE = 3;

    private final List<Diagnostic> diagnostics;

    public FunctionCompileException(String function, List<Diagnostic> diagnostics) {
        super(describe(function, diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public FunctionCompileException(String message) {
        super(message);
        this.diagnostics = List.of();
    }

    public FunctionCompileException(String message, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.of();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String describe(String function, List<Diagnostic> diagnostics) {
        String shown = diagnostics.stream().limit(DIAGNOSTICS_IN_MESSAGE)
                .map(Diagnostic::toString).collect(Collectors.joining("; "));
        int more = diagnostics.size() - DIAGNOSTICS_IN_MESSAGE;
        return "Function '" + function + "' does not compile: " + shown
                + (more > 0 ? " (and " + more + " more)" : "") + ". Fix the source and deploy it again.";
    }

    /**
     * One compiler error.
     *
     * @param line 1-based line in the submitted source, or 0 when the error has no position
     * @param column 1-based column, or 0 when the error has no position
     * @param message the compiler's message
     */
    public record Diagnostic(long line, long column, String message) {
        @Override
        public String toString() {
            return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
        }
    }
}
