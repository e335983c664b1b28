package dev.aside.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the console asks of or tells the analyst outside a screen: notifications, file choices,
 * the clipboard. View models talk to the analyst only through this, so tests replace it at the edge.
 */
public interface DialogService {

    /** Shows a notification without blocking; safe to call from the UI thread only. */
    void notify(Notification notification);

    default void info(String summary) {
        notify(Notification.info(summary));
    }

    default void error(String whatFailed, Throwable cause) {
        notify(Notification.error(whatFailed, cause));
    }

    /**
     * Asks where to save a file; empty when the analyst cancels.
     *
     * @param extension the file type with its dot, e.g. {@code .csv}
     */
    Optional<Path> askSaveFile(String title, String suggestedName, String extension);

    /** Asks for a folder; empty when the analyst cancels. */
    Optional<Path> askFolder(String title);

    void copyToClipboard(String text);
}
