package dev.aside.ui.common;

import java.util.Objects;

/**
 * A non-blocking message to the analyst.
 *
 * @param level how it is shown; errors stay until dismissed, the others fade
 * @param summary one sentence a person can act on
 * @param details more for the curious (the causes, what was tried), or empty; never a stack trace
 */
public record Notification(Level level, String summary, String details) {

    public enum Level { INFO, WARNING, ERROR }

    public Notification {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(summary, "summary");
        details = details == null ? "" : details;
    }

    public static Notification info(String summary) {
        return new Notification(Level.INFO, summary, "");
    }

    /** An error whose summary names what failed and whose details carry the person-safe cause chain. */
    public static Notification error(String whatFailed, Throwable cause) {
        return new Notification(Level.ERROR, whatFailed + ": " + ErrorMessages.describe(cause),
                ErrorMessages.causeChain(cause));
    }
}
