package dev.aside.ui.common.grid;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A virtualized grid over the table's rows. Header clicks sort and the filter bar
 * filters, both through the model's background tasks; the grid only swaps in the new row list.
 * Numbers are right-aligned, missing values read NULL, cells are selectable and Ctrl+C copies them.
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
            column.setPrefWidth(Math.max(110, 9 * names.get(i).length() + 40)); // the header in full, sort arrow included
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.cell(index, c.getValue())));
            column.setCellFactory(c -> new GridCell(model.rightAligned(index)));
            grid.getColumns().add(column);
        }
        grid.getSelectionModel().setCellSelectionEnabled(true);
        grid.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        grid.setOnKeyPressed(e -> {
            if (copy.match(e)) {
                copySelection(model, grid);
                e.consume();
            }
        });
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

        TextField expression = new TextField();
        expression.setId(idPrefix + "-filter");
        expression.setPromptText(names.isEmpty() ? "" : "e.g. " + names.get(0) + ">100 and "
                + names.get(names.size() - 1) + "='x'");
        HBox.setHgrow(expression, Priority.ALWAYS);
        Button apply = new Button("Filter");
        apply.setId(idPrefix + "-filter-apply");
        apply.setOnAction(e -> model.filter(expression.getText()));
        expression.setOnAction(e -> model.filter(expression.getText()));
        Button export = new Button("Export shown…");
        export.setId(idPrefix + "-export");
        export.setOnAction(e -> model.exportShown());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId(idPrefix + "-status");
        status.setMinWidth(Label.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId(idPrefix + "-filter-error");
        error.getStyleClass().add("error-line");
        error.setWrapText(true);
        error.textProperty().bind(model.filterErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        model.filterErrorProperty().addListener((obs, old, text) ->
                expression.pseudoClassStateChanged(INVALID, !text.isEmpty()));
        HBox bar = new HBox(8, new Label("Filter"), expression, apply, busy, status, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, error);
        top.setPadding(new Insets(6));
        setTop(top);
        setCenter(grid);
    }

    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("danger");

    private static void copySelection(TableGridModel model, TableView<Integer> grid) {
        List<TablePosition> cells = List.copyOf(grid.getSelectionModel().getSelectedCells());
        List<Integer> positions = cells.stream().map(TablePosition::getRow).distinct().sorted().toList();
        List<Integer> columns = cells.stream().map(TablePosition::getColumn).filter(c -> c > 0).distinct().sorted()
                .map(c -> c - 1).toList(); // grid column 0 is the row number
        if (!positions.isEmpty() && !columns.isEmpty()) {
            model.copy(positions, columns);
        }
    }

    /** A cell aligned by its column's kind, NULL dimmed so it does not read as the text "NULL". */
    private static final class GridCell extends TableCell<Integer, String> {

        GridCell(boolean rightAligned) {
            if (rightAligned) {
                setAlignment(Pos.CENTER_RIGHT);
            }
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            boolean missing = !empty && CellFormat.NULL.equals(text);
            if (missing != getStyleClass().contains("null-cell")) {
                if (missing) {
                    getStyleClass().add("null-cell");
                } else {
                    getStyleClass().remove("null-cell");
                }
            }
        }
    }
}
