package dev.aside.ui.sql;

import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queries run on the SQL screen, newest first and without repeats, kept across restarts in a
 * {@link SqlHistoryFile}. Changed on the UI thread only; the file is read and written by background
 * tasks, so a slow disk never freezes the editor.
 */
final class SqlHistory {

    /** Enough to find last week's queries again; small enough to read and scan at a glance. */
    static final int LIMIT = 100;

    private final ObservableList<String> queries = FXCollections.observableArrayList();
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(queries);
    private final SqlHistoryFile file;
    private final TaskExecutor tasks;
    /** The newest list to save: each save task writes whatever is newest when it runs, so saves finishing out of order never put an older list last. */
    private final AtomicReference<List<String>> unsaved = new AtomicReference<>();
    /** Nothing is saved before the saved history is read, so a quick first run cannot overwrite it unread. */
    private boolean loaded;

    /** Starts reading the saved history; queries run before it arrives stay on top. */
    SqlHistory(SqlHistoryFile file, TaskExecutor tasks) {
        this.file = file;
        this.tasks = tasks;
        tasks.execute(BackgroundTask.of("Read SQL history", file::load).onSuccess(saved -> {
            boolean runMeanwhile = !queries.isEmpty();
            List<String> merged = new ArrayList<>(queries);
            saved.stream().filter(query -> !merged.contains(query)).forEach(merged::add);
            queries.setAll(merged.subList(0, Math.min(merged.size(), LIMIT)));
            loaded = true;
            if (runMeanwhile) {
                saveLater();
            }
        }));
    }

    ObservableList<String> queries() {
        return readOnly;
    }

    /** Puts {@code query} on top (moving it there when it was run before) and saves the history. */
    void remember(String query) {
        queries.remove(query);
        queries.add(0, query);
        if (queries.size() > LIMIT) {
            queries.remove(LIMIT, queries.size());
        }
        if (loaded) {
            saveLater();
        }
    }

    private void saveLater() {
        unsaved.set(List.copyOf(queries));
        tasks.execute(BackgroundTask.of("Save SQL history", this::save));
    }

    private Void save() {
        synchronized (file) {
            List<String> newest = unsaved.getAndSet(null);
            if (newest != null) {
                file.save(newest);
            }
        }
        return null;
    }
}
