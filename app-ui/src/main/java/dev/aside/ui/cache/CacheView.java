package dev.aside.ui.cache;

import dev.aside.ui.common.ActionButton;
import dev.aside.ui.common.StorageLabel;
import dev.aside.ui.common.TextColumn;
import dev.aside.ui.common.DisplayFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.Observable;
import javafx.collections.transformation.SortedList;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Cache screen: every cached item, the item actions and the memory gauge. */
public final class CacheView extends BorderPane {

    private final CacheViewModel model;
    private final TableView<CacheRow> table = new TableView<>();

    /** @param showItem shows the Item screen once a row was opened */
    public CacheView(CacheViewModel model, Runnable showItem) {
        this.model = model;
        setId("cache");
        table.setId("cache-table");
        SortedList<CacheRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("The cache is empty: load objects from Sources, run a function or call the REST API"));
        table.getColumns().setAll(List.of(
                column("Storage", 95, r -> StorageLabel.of(r.key().storage())),
                column("Path", 240, r -> r.key().path()),
                column("Kind", 90, r -> r.info().kind().name().toLowerCase()),
                column("Tier", 70, r -> r.info().tier().name().toLowerCase()),
                number("Heap", 85, r -> r.info().tier().inMemory() ? r.info().heapBytes() : -1,
                        r -> r.info().tier().inMemory() ? DisplayFormat.bytes(r.info().heapBytes()) : ""),
                number("SOR size", 85, r -> r.info().sorSize(), r -> DisplayFormat.bytes(r.info().sorSize())),
                number("Rows × cols", 110, r -> r.info().rows(), r -> DisplayFormat.shape(r.info())),
                number("Hits", 60, r -> r.info().hits(), r -> DisplayFormat.count(r.info().hits())),
                number("Last access", 170, r -> r.info().lastAccess() == null ? 0 : r.info().lastAccess().toEpochMilli(),
                        r -> DisplayFormat.instant(r.info().lastAccess())),
                number("Load time", 100, r -> r.info().loadMillis(), r -> DisplayFormat.millis(r.info().loadMillis())),
                FreshnessBadge.column()));
        if (model.owners().inTeam()) {
            table.getColumns().add(2, TextColumn.live("Owner", 150, r -> model.owners().of(r.key().path()),
                    r -> new Observable[] {model.owners().ownersProperty()}));
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
        Runnable openItem = () -> {
            CacheRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.open(row);
                showItem.run();
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                openItem.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openItem.run();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });

        var noSelection = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        Button open = ActionButton.of("Open", "cache-open", openItem);
        Button refreshItem = ActionButton.of("Refresh from SOR", "cache-update", () -> model.refreshFromSor(selected()));
        Button delete = ActionButton.of("Delete", "cache-delete", this::deleteSelected);
        Button evict = ActionButton.of("Evict from memory", "cache-evict", () -> model.evictFromMemory(selected()));
        MenuButton export = new MenuButton("Export");
        export.setId("cache-export");
        export.setOnShowing(e -> fillExportMenu(export));
        for (var control : List.of(open, refreshItem, delete, evict, export)) {
            control.disableProperty().bind(noSelection);
        }
        ProgressBar gauge = new ProgressBar();
        gauge.setId("cache-memory-gauge");
        gauge.progressProperty().bind(model.memoryRatioProperty());
        Label memory = new Label();
        memory.textProperty().bind(Bindings.concat("Memory ", model.memoryTextProperty()));
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox toolbar = new HBox(8, open, refreshItem, delete, evict, export, grow, ActionButton.of("Check staleness",
                "cache-refresh", model::refresh));
        toolbar.getChildren().forEach(node -> {
            if (node instanceof Region region && node != grow) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8, 8, 4, 8));
        HBox gaugeRow = new HBox(10, summary, memory, gauge);
        gaugeRow.setAlignment(Pos.CENTER_LEFT);
        gaugeRow.setPadding(new Insets(0, 8, 6, 8));
        gauge.setPrefWidth(220);
        setTop(new VBox(toolbar, gaugeRow));
        setCenter(table);
    }

    /** Deletes the selected items; the window's Delete shortcut calls this too. */
    public void deleteSelected() {
        model.delete(selected());
    }

    public void refresh() {
        model.refresh();
    }

    private List<CacheRow> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private void fillExportMenu(MenuButton menu) {
        menu.getItems().clear();
        CacheRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            for (ExportFormat format : model.exportFormats(row)) {
                MenuItem item = new MenuItem(format.name() + " (" + format.extension() + ")");
                item.setOnAction(e -> model.export(row, format));
                menu.getItems().add(item);
            }
        }
    }



    private static TableColumn<CacheRow, Long> number(String title, double width, ToLongFunction<CacheRow> value,
            Function<CacheRow, String> text) {
        return TextColumn.liveNumber(title, width, value, text, CacheRow::dependencies);
    }

    private static TableColumn<CacheRow, String> column(String title, double width, Function<CacheRow, String> text) {
        return TextColumn.live(title, width, text, CacheRow::dependencies);
    }
}
