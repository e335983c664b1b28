package dev.aside.ui.memory;

import dev.aside.engine.ItemInfo;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.StorageLabel;
import dev.aside.ui.common.TextColumn;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleObjectProperty;

/** The Memory screen: items largest first, and pies of the memory held per kind and per storage. */
public final class MemoryView extends BorderPane {

    public MemoryView(MemoryViewModel model) {
        setId("memory");
        Label summary = new Label();
        summary.setId("memory-summary");
        summary.getStyleClass().add("title-4");
        summary.textProperty().bind(model.summaryProperty());
        ToggleGroup order = new ToggleGroup();
        ToggleButton byHeap = toggle("Largest in memory", "memory-by-heap", order, () -> model.orderBy(MemoryViewModel.Order.HEAP));
        ToggleButton byDisk = toggle("Largest on disk", "memory-by-disk", order, () -> model.orderBy(MemoryViewModel.Order.DISK));
        byHeap.setSelected(true);
        HBox top = new HBox(12, summary, byHeap, byDisk);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));

        TableView<ItemInfo> items = new TableView<>(model.items());
        items.setId("memory-items");
        items.setPlaceholder(new Label("Nothing cached yet"));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ItemInfo, String> kind = TextColumn.of("Kind", 110, MemoryViewModel::kindName);
        kind.setMinWidth(105); // "Collection", "Document" in full when the key column is squeezed
        items.getColumns().setAll(List.of(
                TextColumn.of("Key", 260, i -> String.valueOf(i.key())),
                kind,
                TextColumn.of("Storage", 140, i -> StorageLabel.of(i.storage())),
                TextColumn.of("Tier", 90, i -> i.tier().name().toLowerCase()),
                bytesColumn("Memory", ItemInfo::heapBytes),
                bytesColumn("Disk", ItemInfo::diskBytes)));

        VBox pies = new VBox(8, pie("Memory by kind", "memory-by-kind", model.byKind()),
                pie("Memory by storage", "memory-by-storage", model.byStorage()));
        pies.setPadding(new Insets(6));
        pies.getChildren().forEach(p -> VBox.setVgrow(p, Priority.ALWAYS));
        SplitPane split = new SplitPane(items, pies);
        split.setDividerPositions(0.62);
        setTop(top);
        setCenter(split);
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group, Runnable action) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setOnAction(e -> {
            button.setSelected(true); // one order is always chosen
            action.run();
        });
        return button;
    }

    /** Bytes shown as KiB/MiB/GiB, right-aligned, sorted as numbers. */
    private static TableColumn<ItemInfo, Long> bytesColumn(String title, ToLongFunction<ItemInfo> bytes) {
        TableColumn<ItemInfo, Long> column = new TableColumn<>(title);
        column.setPrefWidth(110);
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(bytes.applyAsLong(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : value <= 0 ? "–" : DisplayFormat.bytes(value));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }

    /** A pie of the memory each share holds, each slice labelled with its size. */
    private static PieChart pie(String title, String id, ObservableList<MemoryShare> shares) {
        PieChart chart = new PieChart();
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setLabelsVisible(true);
        Runnable fill = () -> chart.getData().setAll(shares.stream().filter(s -> s.heapBytes() > 0)
                .map(s -> new PieChart.Data(s.name() + " · " + DisplayFormat.bytes(s.heapBytes()), s.heapBytes()))
                .toList());
        shares.addListener((ListChangeListener<MemoryShare>) c -> fill.run());
        fill.run();
        return chart;
    }
}
