package dev.aside.ui;

import dev.aside.ui.cache.CacheViewModel;
import dev.aside.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: where the data comes from, running tasks and the memory gauge. */
final class StatusBar extends HBox {

    StatusBar(String source, CacheViewModel cache, TaskExecutor tasks) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        Label sourceLabel = new Label(source);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(tasks.runningCount().greaterThan(0));
        Label running = new Label();
        running.setId("status-tasks");
        running.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = tasks.runningCount().get();
            return n == 0 ? "Idle" : n + (n == 1 ? " task running" : " tasks running");
        }, tasks.runningCount()));
        ProgressBar gauge = new ProgressBar();
        gauge.setId("status-memory");
        gauge.setPrefWidth(140);
        gauge.setMinWidth(140);
        gauge.progressProperty().bind(cache.memoryRatioProperty());
        Label memory = new Label();
        memory.textProperty().bind(Bindings.concat("Memory ", cache.memoryTextProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(sourceLabel, grow, busy, running, memory, gauge);
    }
}
