package dev.aside.ui.item;

import dev.aside.engine.ItemKey;
import dev.aside.ui.common.grid.TableGridView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;

/** The Item view: an item picker, then Stats and Preview for a table, a tree for JSON, hex for bytes. */
public final class ItemView extends BorderPane {

    public ItemView(ItemViewModel model) {
        setId("item");
        ComboBox<ItemKey> picker = new ComboBox<>(model.keys());
        picker.setId("item-picker");
        picker.setPromptText("Choose a cached item");
        picker.setPrefWidth(320);
        picker.setValue(model.openedKeyProperty().get());
        model.openedKeyProperty().addListener((obs, old, key) -> picker.setValue(key));
        picker.setOnAction(e -> model.openPicked(picker.getValue()));
        Button reload = new Button("Reload");
        reload.setOnAction(e -> model.reload());
        Button keep = new Button("Load into memory");
        keep.setId("item-keep-in-memory");
        keep.setTooltip(new Tooltip("Read it through the cache: counts a hit and keeps it in memory"));
        keep.visibleProperty().bind(model.diskOnlyProperty());
        keep.managedProperty().bind(keep.visibleProperty());
        keep.setOnAction(e -> model.keepInMemory());
        Label status = new Label();
        status.setId("item-status");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, picker, reload, keep, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);
        model.contentProperty().addListener((obs, old, content) -> setCenter(content == null ? null : render(content)));
    }

    private static Node render(ItemContent content) {
        TabPane tabs = new TabPane();
        tabs.setId("item-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (content instanceof ItemContent.TableContent table) {
            // The grid is built when its tab is first shown: opening an item then costs the UI
            // thread only the Stats table, and the grid's cells are created when they are wanted.
            Tab preview = new Tab("Preview");
            preview.selectedProperty().addListener((obs, was, selected) -> {
                if (selected && preview.getContent() == null) {
                    preview.setContent(new TableGridView(table.preview(), "preview"));
                }
            });
            tabs.getTabs().addAll(new Tab("Stats", new TableStatsView(table.stats())), preview);
        } else if (content instanceof ItemContent.JsonContent json) {
            tabs.getTabs().addAll(new Tab("Tree", new JsonTreeView(json.json())), new Tab("Raw", text(json.raw(), "item-raw")));
        } else if (content instanceof ItemContent.BytesContent bytes) {
            tabs.getTabs().addAll(new Tab("Hex", text(bytes.hex(), "item-hex")), new Tab("Text", text(bytes.text(), "item-text")));
        }
        return tabs;
    }

    private static TextArea text(String text, String id) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setFont(Font.font("Monospaced", 12));
        return area;
    }
}
