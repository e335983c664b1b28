package dev.aside.ui.common.grid;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * A virtualized grid over the table's rows. Header clicks sort and the filter bar
 * filters, both through the model's background tasks; the grid only swaps in the new row list.
 */
public final class TableGridView extends BorderPane {

    /** Fixed row height lets the grid position millions of rows without measuring them. */
    private static final double ROW_HEIGHT = 24;

    private boolean swapping;

    /**
     * @param idPrefix prefix of the controls' ids ({@code preview} gives {@code preview-grid},
     *     {@code preview-filter}, ...), so each screen's grid can be found by tests and styles
     */
    public TableGridView(TableGridModel model, String idPrefix) {
        TableView<Integer> grid = new TableView<>();
        grid.setId(idPrefix + "-grid");
        grid.setFixedCellSize(ROW_HEIGHT);
        grid.setItems(model.rowsProperty().get());
        // TableView clears its sort order whenever its items list is replaced; restore it without
        // asking the model to sort again, since the new rows already are in that order.
        model.rowsProperty().addListener((obs, old, rows) -> {
            List<TableColumn<Integer, ?>> order = List.copyOf(grid.getSortOrder());
            swapping = true;
            try {
                grid.setItems(rows);
                grid.getSortOrder().setAll(order);
            } finally {
                swapping = false;
            }
        });
        TableColumn<Integer, String> rowNumber = new TableColumn<>("#");
        rowNumber.setSortable(false);
        rowNumber.setPrefWidth(90); // not the default 80, which makes TableView measure rows to autosize
        rowNumber.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue() + 1)));
        grid.getColumns().add(rowNumber);
        List<String> names = model.columnNames();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<Integer, String> column = new TableColumn<>(names.get(i));
            column.setPrefWidth(120);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.cell(index, c.getValue())));
            grid.getColumns().add(column);
        }
        grid.setSortPolicy(table -> {
            if (swapping) {
                return true;
            }
            if (table.getSortOrder().isEmpty()) {
                model.unsort();
            } else {
                TableColumn<Integer, ?> first = table.getSortOrder().get(0);
                model.sort(first.getText(), first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });

        ComboBox<String> column = new ComboBox<>();
        column.setId(idPrefix + "-filter-column");
        column.getItems().setAll(names);
        if (!names.isEmpty()) {
            column.setValue(names.get(0));
        }
        TextField expression = new TextField();
        expression.setId(idPrefix + "-filter");
        expression.setPromptText("contains text, or >100, <=5, =BUY");
        expression.setPrefColumnCount(24);
        Button apply = new Button("Filter");
        apply.setId(idPrefix + "-filter-apply");
        apply.setOnAction(e -> model.filter(column.getValue(), expression.getText()));
        expression.setOnAction(e -> model.filter(column.getValue(), expression.getText()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId(idPrefix + "-status");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, new Label("Filter"), column, expression, apply, busy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        setTop(bar);
        setCenter(grid);
    }
}
