package dev.aside.ui.sql;

import dev.aside.engine.ItemKey;
import dev.aside.engine.sql.InvalidQueryException;
import dev.aside.engine.sql.SqlEngine;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.ErrorMessages;
import dev.aside.ui.common.grid.TableGridModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The SQL screen's state: the query being edited, the run in progress (one at a time, cancellable),
 * the shown result, where the last error is, and the history of run queries (kept across restarts).
 * Queries go to the engine's one {@link SqlEngine} (the {@code sql} function's), with its limits.
 */
public final class SqlViewModel {

    /** Where an invalid query went wrong, 1-based as DuckDB reports it. */
    public record ErrorPosition(int line, int column) {

        /** The character offset of this position in {@code text}, kept inside the text. */
        public int offsetIn(String text) {
            int offset = 0;
            for (int l = 1; l < line; l++) {
                int end = text.indexOf('\n', offset);
                if (end < 0) {
                    return text.length();
                }
                offset = end + 1;
            }
            return Math.min(offset + column - 1, lineEndFrom(text, offset));
        }

        /** Where the line holding {@code offset} ends (before its newline). */
        public static int lineEndFrom(String text, int offset) {
            int end = text.indexOf('\n', offset);
            return end < 0 ? text.length() : end;
        }
    }

    private final ConsoleContext context;
    private final SqlEngine sql;
    private final SqlCompletion completion;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<ErrorPosition> errorPosition = new ReadOnlyObjectWrapper<>(this, "errorPosition");
    private final ReadOnlyObjectWrapper<TableGridModel> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final SqlHistory history;
    private BackgroundTask<?> current;

    /** @param configDir the console's settings folder, where the history is kept */
    public SqlViewModel(ConsoleContext context, Path configDir) {
        this.context = context;
        this.sql = context.engine().functions().sql();
        this.completion = new SqlCompletion(context.cache());
        this.history = new SqlHistory(new SqlHistoryFile(configDir), context.tasks());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last failure's message, empty after a success. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last invalid query's position, or null when DuckDB named none. */
    public ReadOnlyObjectProperty<ErrorPosition> errorPositionProperty() {
        return errorPosition.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TableGridModel> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Queries run here and in earlier sessions, newest first, without repeats. */
    public ObservableList<String> history() {
        return history.queries();
    }

    /** Runs the query in the background and shows its first rows. */
    public void run() {
        String text = query.get().strip();
        if (text.isEmpty() || running.get()) {
            return;
        }
        history.remember(text);
        start(new SqlRun(sql, context.cache(), text), "Running…", rows -> {
            result.set(new TableGridModel(context, rows.rows()));
            status.set(rows.summary());
        });
    }

    /** Runs the query and caches its whole result as a written item named {@code name}. */
    public void storeAs(String name) {
        String text = query.get().strip();
        if (text.isEmpty() || name == null || name.isBlank() || running.get()) {
            return;
        }
        ItemKey key = ItemKey.written(name.strip());
        start(BackgroundTask.of("Store " + key, () -> sql.store(context.cache(), text, key, Optional.empty())),
                "Storing as " + key + "…",
                info -> status.set(String.format("Stored as %s: %,d rows × %d columns", key, info.rows(), info.columns())));
    }

    /** Runs the query and writes its whole result to a file the analyst chooses. */
    public void export(SqlExportFormat format) {
        String text = query.get().strip();
        if (text.isEmpty() || running.get()) {
            return;
        }
        context.dialogs().askSaveFile("Export query result", "result" + format.extension(), format.extension())
                .ifPresent(file -> start(BackgroundTask.of("Export query result",
                                () -> SqlExport.write(sql, context.cache(), text, format, file)),
                        "Exporting to " + file.getFileName() + "…",
                        path -> status.set("Exported to " + path)));
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Suggests names for {@code prefix} in the background (completion never loads an item). */
    public void complete(String prefix, Consumer<List<String>> show) {
        context.tasks().execute(BackgroundTask.of("SQL completion", () -> completion.suggest(prefix)).onSuccess(show));
    }

    private <T> void start(BackgroundTask<T> task, String startMessage, Consumer<T> onSuccess) {
        error.set("");
        errorPosition.set(null);
        status.set(startMessage);
        running.set(true);
        current = task;
        task.onSuccess(value -> {
            finish();
            onSuccess.accept(value);
        }).onFailure(failure -> {
            finish();
            showError(failure);
        }).onCancelled(() -> {
            finish();
            status.set("Query cancelled");
        });
        context.tasks().execute(task);
    }

    private void finish() {
        running.set(false);
        current = null;
    }

    private void showError(Throwable failure) {
        status.set("Query failed");
        if (failure instanceof InvalidQueryException invalid && invalid.line().isPresent()) {
            int line = invalid.line().getAsInt();
            int column = invalid.column().orElse(1);
            errorPosition.set(new ErrorPosition(line, column));
            error.set("Line " + line + ":" + column + ": " + ErrorMessages.describe(failure));
        } else {
            error.set(ErrorMessages.describe(failure));
        }
    }
}
