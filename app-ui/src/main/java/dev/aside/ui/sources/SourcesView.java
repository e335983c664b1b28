package dev.aside.ui.sources;

import dev.aside.ui.common.ActionButton;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.StorageLabel;
import dev.aside.ui.common.TextColumn;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Sources screen: a folder-by-folder table of the SOR, paging, a filter and the running loads. */
public final class SourcesView extends BorderPane {

    private final SourcesViewModel model;
    private final TableView<SourceEntry> table = new TableView<>();

    public SourcesView(SourcesViewModel model) {
        this.model = model;
        setId("sources");
        ComboBox<String> storage = new ComboBox<>(model.storages());
        storage.setId("sources-storage");
        storage.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : StorageLabel.of(name);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        storage.setMinWidth(Region.USE_PREF_SIZE);
        storage.valueProperty().bindBidirectional(model.storageProperty());
        Button up = ActionButton.of("⬆ Up", "sources-up", model::up);
        up.disableProperty().bind(model.prefixProperty().isEmpty());
        Label location = new Label();
        location.textProperty().bind(model.locationProperty());
        location.getStyleClass().add("location");
        location.setMinWidth(0); // the path gives way before any control does: its start, so the folder browsed stays in view
        location.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        Tooltip fullLocation = new Tooltip();
        fullLocation.textProperty().bind(model.locationProperty());
        location.setTooltip(fullLocation);
        TextField filter = new TextField();
        filter.setId("sources-filter");
        filter.setPromptText("Filter by name");
        filter.setPrefColumnCount(12);
        filter.textProperty().bindBidirectional(model.filterProperty());
        Button previous = ActionButton.of("◀", "sources-previous", model::previousPage);
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        Button next = ActionButton.of("▶", "sources-next", model::nextPage);
        next.disableProperty().bind(model.hasNextProperty().not());
        Label pageStatus = new Label();
        pageStatus.setId("sources-page");
        pageStatus.setMinWidth(Region.USE_PREF_SIZE);
        pageStatus.textProperty().bind(model.pageStatusProperty());
        Button load = ActionButton.of("Load selected", "sources-load", this::loadSelected);
        load.getStyleClass().add("accent");
        load.setMinWidth(Region.USE_PREF_SIZE);
        load.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button refresh = ActionButton.of("Refresh", "sources-refresh", model::refresh);
        for (Button button : List.of(up, refresh, previous, next)) {
            button.setMinWidth(Region.USE_PREF_SIZE); // the location path gives way, never a button
        }
        HBox toolbar = new HBox(8, storage, up, location, grow, filter, refresh, previous, pageStatus, next, load);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8));

        buildTable();
        SplitPane split = new SplitPane(table, loadsPane());
        split.setDividerPositions(0.6);
        setTop(toolbar);
        setCenter(split);
    }

    private void buildTable() {
        table.setId("sources-table");
        table.setItems(model.entries());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Nothing here yet"));
        table.getColumns().setAll(List.of(
                TextColumn.of("Name", 320, e -> e.name()),
                TextColumn.of("Size", 100, e -> e.folder() ? "" : DisplayFormat.bytes(e.size())),
                TextColumn.of("Last modified", 170, e -> DisplayFormat.instant(e.lastModified())),
                TextColumn.of("ETag", 260, e -> e.etag() == null ? "" : e.etag())));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                SourceEntry entry = table.getSelectionModel().getSelectedItem();
                if (entry != null && entry.folder()) {
                    model.open(entry);
                } else {
                    loadSelected();
                }
            } else if (e.getCode() == KeyCode.BACK_SPACE) {
                model.up();
            }
        });
    }

    private VBox loadsPane() {
        ListView<LoadJob> jobs = new ListView<>(model.loads());
        jobs.setId("sources-loads");
        jobs.setCellFactory(list -> new LoadJobCell());
        jobs.setPlaceholder(new Label("Select objects and press Load (Ctrl+L)"));
        Label summary = new Label();
        summary.textProperty().bind(model.loadSummaryProperty());
        Label title = new Label("Loads");
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        Button clear = ActionButton.of("Clear finished", "sources-clear", model::clearFinished);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, title, summary, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(jobs, Priority.ALWAYS);
        VBox pane = new VBox(6, header, jobs);
        pane.setPadding(new Insets(6));
        return pane;
    }

    /** Loads the selected objects; the window's Ctrl+L shortcut calls this. */
    public void loadSelected() {
        model.load(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }



    /**
     * One load: path, progress bar (bytes), message or outcome, and a cancel button while running. The
     * cell is as wide as the list and the text gives way first, so Cancel is never pushed out of
     * sight; once the load ends the bar stops moving (full, red when it failed).
     */
    private static final class LoadJobCell extends ListCell<LoadJob> {

        LoadJobCell() {
            setPrefWidth(0); // the list's width, not the text's: no horizontal scrolling hides Cancel
        }

        private final javafx.beans.value.ChangeListener<LoadJob.State> stateStyle = (obs, old, now) -> styleFor(now);
        private LoadJob shown;

        @Override
        protected void updateItem(LoadJob job, boolean empty) {
            super.updateItem(job, empty);
            if (shown != null) {
                shown.stateProperty().removeListener(stateStyle);
            }
            shown = empty ? null : job;
            if (shown == null) {
                setGraphic(null);
                getStyleClass().removeIf(c -> c.startsWith("load-"));
                return;
            }
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(Bindings.when(job.stateProperty().isEqualTo(LoadJob.State.RUNNING))
                    .then(job.progressProperty()).otherwise(1.0)); // an ended load never shows the running animation
            bar.setPrefWidth(110);
            bar.setMinWidth(110);
            Label message = new Label();
            message.textProperty().bind(Bindings.when(job.stateProperty().isEqualTo(LoadJob.State.RUNNING))
                    .then(job.messageProperty()).otherwise(job.outcomeProperty()));
            message.setWrapText(true);
            message.getStyleClass().add("load-message");
            Button cancel = new Button("Cancel");
            cancel.getStyleClass().add("load-cancel");
            cancel.setMinWidth(Region.USE_PREF_SIZE);
            cancel.setOnAction(e -> job.cancel());
            cancel.visibleProperty().bind(job.stateProperty().isEqualTo(LoadJob.State.RUNNING));
            Label path = new Label(job.path());
            path.setTooltip(new javafx.scene.control.Tooltip(job.path()));
            VBox text = new VBox(2, path, message);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, bar, text, cancel);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            job.stateProperty().addListener(stateStyle);
            styleFor(job.stateProperty().get());
        }

        private void styleFor(LoadJob.State state) {
            getStyleClass().removeIf(c -> c.startsWith("load-"));
            getStyleClass().add("load-" + state.name().toLowerCase());
        }
    }
}
