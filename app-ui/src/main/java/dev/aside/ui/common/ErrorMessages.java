package dev.aside.ui.common;

import dev.aside.engine.AsideException;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.UnknownStorageException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns exceptions into text for a person. The engine's {@link AsideException}s are written to be
 * shown, and this adds what to do in the console from the facts they carry (never the REST calls or
 * server variables the REST layer names); anything else is an unexpected failure, named by its type and message. No
 * stack frames ever reach the screen.
 */
public final class ErrorMessages {

    private static final int MAX_CAUSES = 5;

    private ErrorMessages() {}

    public static String describe(Throwable error) {
        Throwable aside = firstAside(error);
        if (aside != null) {
            return aside.getMessage() + remedy(aside);
        }
        String message = error.getMessage();
        String type = error.getClass().getSimpleName();
        return message == null || message.isBlank() ? "unexpected " + type : message + " (" + type + ")";
    }

    /** What a console user does next, from the facts the engine exception carries. */
    private static String remedy(Throwable e) {
        if (e instanceof UnknownStorageException unknown) {
            return unknown.configured().isEmpty()
                    ? " Add a drive folder or an S3 bucket in Settings, then load the item from Sources."
                    : " Choose one of: " + unknown.configured().stream().map(StorageLabel::of).toList() + ".";
        }
        if (e instanceof ItemNotFoundException notFound && notFound.key() != null && !notFound.key().isWritten()) {
            return " Load it from Sources (" + StorageLabel.of(notFound.key().storage()) + ") first.";
        }
        return "";
    }

    /** The messages of the cause chain, one per line, for a details pane. */
    public static String causeChain(Throwable error) {
        List<String> lines = new ArrayList<>();
        for (Throwable t = error; t != null && lines.size() < MAX_CAUSES; t = t.getCause()) {
            lines.add(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            if (t.getCause() == t) {
                break;
            }
        }
        return String.join("\n", lines);
    }

    private static Throwable firstAside(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AsideException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
