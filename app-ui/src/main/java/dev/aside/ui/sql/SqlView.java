package dev.aside.ui.sql;

import dev.aside.ui.common.grid.TableGridView;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The SQL screen: the editor with Run (Ctrl+Enter), Cancel, Export and Store as item above it, the
 * error under it, the history beside it and the result grid below. Ctrl+Space completes cached table
 * and column names at the caret.
 */
public final class SqlView extends BorderPane {

    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);

    private final SqlViewModel model;
    private final TextArea editor = new TextArea();
    private final ContextMenu suggestions = new ContextMenu();

    public SqlView(SqlViewModel model) {
        this.model = model;
        setId("sql");
        editor.setId("sql-editor");
        editor.setStyle("-fx-font-family: monospace;");
        editor.setPromptText("SELECT security_type, count(*) FROM \"sd:trades.csv\" GROUP BY 1   (Ctrl+Space completes names)");
        editor.textProperty().bindBidirectional(model.queryProperty());
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RUN.match(e)) {
                model.run();
                e.consume();
            } else if (COMPLETE.match(e)) {
                complete();
                e.consume();
            }
        });
        suggestions.setId("sql-suggestions");

        Label error = new Label();
        error.setId("sql-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        model.errorPositionProperty().addListener((obs, old, position) -> {
            if (position != null) {
                String text = editor.getText();
                int at = position.offsetIn(text);
                editor.requestFocus();
                editor.selectRange(SqlViewModel.ErrorPosition.lineEndFrom(text, at), at);
            }
        });

        ListView<String> history = new ListView<>(model.history());
        history.setId("sql-history");
        history.setPlaceholder(new Label("Queries you run appear here"));
        history.setOnMouseClicked(e -> {
            String chosen = history.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getButton() == MouseButton.PRIMARY) {
                model.queryProperty().set(chosen);
            }
        });

        SplitPane top = new SplitPane(new VBox(4, editor, error), history);
        VBox.setVgrow(editor, Priority.ALWAYS);
        top.setDividerPositions(0.75);

        StackPane results = new StackPane(new Label("Run a query (Ctrl+Enter) to see its rows"));
        results.setId("sql-results");
        model.resultProperty().addListener((obs, old, grid) ->
                results.getChildren().setAll(new TableGridView(grid, "sql")));

        SplitPane body = new SplitPane(top, results);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.4);

        setTop(toolbar());
        setCenter(body);
        setPadding(new Insets(10));
    }

    private HBox toolbar() {
        Button run = new Button("Run");
        run.setId("sql-run");
        run.getStyleClass().add("accent");
        run.setTooltip(new Tooltip("Run the query (Ctrl+Enter); the grid shows its first 10,000 rows"));
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("sql-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        MenuButton export = new MenuButton("Export");
        export.setId("sql-export");
        export.disableProperty().bind(model.runningProperty());
        for (SqlExportFormat format : SqlExportFormat.values()) {
            MenuItem item = new MenuItem(format.name() + "…");
            item.setOnAction(e -> model.export(format));
            export.getItems().add(item);
        }
        TextField storeName = new TextField();
        storeName.setId("sql-store-name");
        storeName.setPromptText("item name");
        storeName.setPrefColumnCount(14);
        Button store = new Button("Store as item");
        store.setId("sql-store");
        store.setTooltip(new Tooltip("Run the query and cache its whole result under the name at the left"));
        store.disableProperty().bind(model.runningProperty().or(storeName.textProperty().isEmpty()));
        store.setOnAction(e -> model.storeAs(storeName.getText()));
        Label status = new Label();
        status.setId("sql-status");
        status.textProperty().bind(model.statusProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, run, cancel, export, storeName, store, grow, status);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    /** Offers the names starting with the word at the caret; choosing one replaces that word. */
    private void complete() {
        int caret = editor.getCaretPosition();
        String text = editor.getText();
        int start = wordStart(text, caret);
        String prefix = text.substring(start, caret);
        model.complete(prefix, names -> show(names, start, caret));
    }

    private void show(List<String> names, int start, int end) {
        suggestions.getItems().clear();
        for (String name : names.subList(0, Math.min(names.size(), 30))) {
            MenuItem item = new MenuItem(name);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> editor.replaceText(start, end, name));
            suggestions.getItems().add(item);
        }
        if (!names.isEmpty()) {
            suggestions.show(editor, Side.BOTTOM, 0, 0);
        }
    }

    /** Where the name being typed starts: after the last blank, comma, bracket or operator. */
    static int wordStart(String text, int caret) {
        int start = caret;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (Character.isWhitespace(c) || ",()=<>+*;".indexOf(c) >= 0) {
                break;
            }
            start--;
        }
        return start;
    }
}
