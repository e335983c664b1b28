package dev.aside.ui.sources;

import dev.aside.engine.ItemInfo;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.ErrorMessages;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One load in the Sources screen's list: its progress, what it says now and how it ended. */
public final class LoadJob {

    public enum State { RUNNING, DONE, FAILED, CANCELLED }

    private final LoadTask task;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.RUNNING);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    LoadJob(LoadTask task) {
        this.task = task;
    }

    public String path() {
        return task.path();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    /** The task's live message while running, then the outcome. */
    public ReadOnlyStringProperty messageProperty() {
        return task.messageProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public void cancel() {
        task.cancel();
    }

    void succeeded(ItemInfo info) {
        outcome.set("Loaded: " + DisplayFormat.shape(info) + " in " + DisplayFormat.millis(info.loadMillis()));
        state.set(State.DONE);
    }

    void failed(Throwable error) {
        outcome.set(ErrorMessages.describe(error));
        state.set(State.FAILED);
    }

    void cancelled() {
        outcome.set("Cancelled");
        state.set(State.CANCELLED);
    }

    LoadTask task() {
        return task;
    }
}
