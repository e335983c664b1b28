package dev.aside.ui.functions;

import dev.aside.engine.FunctionCompileException;
import dev.aside.engine.function.FunctionInfo;
import dev.aside.ui.common.grid.TableGridView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/** The Functions screen: the registry, a generated form with Run and Cancel, the result, the editor. */
public final class FunctionsView extends SplitPane {

    private final FunctionsViewModel model;
    private final GridPane form = new GridPane();

    public FunctionsView(FunctionsViewModel model, FunctionEditorViewModel editor) {
        this.model = model;
        setId("functions");
        ListView<FunctionInfo> list = new ListView<>(model.functions());
        list.setId("functions-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(FunctionInfo info, boolean empty) {
                super.updateItem(info, empty);
                setText(empty || info == null ? null : info.name() + "   · " + info.origin().name().toLowerCase());
                setTooltip(empty || info == null || info.description().isEmpty() ? null : new Tooltip(info.description()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> model.selectedProperty().set(f));
        model.selectedProperty().addListener((obs, old, f) -> list.getSelectionModel().select(f));
        model.fields().addListener((javafx.collections.ListChangeListener<ParameterField>) c -> buildForm());

        TabPane tabs = new TabPane(new Tab("Run", runPane()), new Tab("Editor", editorPane(editor)));
        tabs.setId("functions-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Button create = new Button("New");
        create.setId("functions-new");
        create.setOnAction(e -> {
            editor.newFunction();
            tabs.getSelectionModel().select(1);
        });
        Button edit = new Button("Edit");
        edit.setId("functions-edit");
        edit.setOnAction(e -> {
            editor.open(model.selectedProperty().get());
            tabs.getSelectionModel().select(1);
        });
        Button delete = new Button("Delete");
        delete.setId("functions-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> model.deleteSelected());
        var notDeployed = javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.selectedIsDeployed(),
                model.selectedProperty());
        edit.disableProperty().bind(notDeployed);
        delete.disableProperty().bind(notDeployed);
        HBox actions = new HBox(6, create, edit, delete);
        actions.setPadding(new Insets(6));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox side = new VBox(list, actions);
        getItems().addAll(side, tabs);
        setDividerPositions(0.25);
    }

    private Node runPane() {
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.setWrapText(true); // a long description wraps instead of being cut short
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Choose a function" : model.selectedProperty().get().name() + " — " + model.selectedProperty().get().description(),
                model.selectedProperty()));
        form.setHgap(8);
        form.setVgap(6);
        Button run = new Button("Run");
        run.setId("functions-run");
        run.getStyleClass().add("accent");
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty().or(model.selectedProperty().isNull()));
        Button cancel = new Button("Cancel");
        cancel.setId("functions-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        Label status = new Label();
        status.setId("functions-status");
        status.textProperty().bind(model.statusProperty());
        HBox buttons = new HBox(8, run, cancel, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        BorderPane result = new BorderPane();
        result.setId("functions-result");
        model.outputProperty().addListener((obs, old, output) -> result.setCenter(output == null ? null : render(output)));
        VBox.setVgrow(result, Priority.ALWAYS);
        VBox pane = new VBox(10, title, form, buttons, result);
        pane.setPadding(new Insets(10));
        return pane;
    }

    private void buildForm() {
        form.getChildren().clear();
        int row = 0;
        for (ParameterField field : model.fields()) {
            form.addRow(row++, new Label(field.label()), input(field));
        }
        if (row == 0) {
            form.addRow(0, new Label("No parameters"));
        }
    }

    /** A text field, or for {@code key} an editable drop-down of the cached items. */
    private Node input(ParameterField field) {
        if (field.spec().name().equals("key")) {
            ComboBox<String> keys = new ComboBox<>(FXCollections.observableArrayList(model.cachedKeys()));
            keys.setId("param-key");
            keys.setEditable(true);
            keys.setPromptText(field.spec().help());
            keys.setPrefWidth(360);
            keys.getEditor().textProperty().bindBidirectional(field.valueProperty());
            keys.setOnShowing(e -> keys.getItems().setAll(model.cachedKeys())); // items cached since the form was built
            return keys;
        }
        TextField input = new TextField();
        input.setId("param-" + field.spec().name());
        input.setPromptText(field.spec().help());
        input.setPrefColumnCount(30);
        input.textProperty().bindBidirectional(field.valueProperty());
        input.setOnAction(e -> model.run());
        return input;
    }

    private static Node render(FunctionOutput output) {
        if (output instanceof FunctionOutput.TableOutput table) {
            return new TableGridView(table.grid(), "result");
        }
        TextArea text = new TextArea(output instanceof FunctionOutput.JsonOutput json ? json.json()
                : ((FunctionOutput.TextOutput) output).text());
        text.setId("result-text");
        text.setEditable(false);
        text.setFont(Font.font("Monospaced", 13));
        return text;
    }

    private static Node editorPane(FunctionEditorViewModel editor) {
        TextField name = new TextField();
        name.setId("editor-name");
        name.textProperty().bindBidirectional(editor.nameProperty());
        Button deploy = new Button("Compile and deploy");
        deploy.setId("editor-deploy");
        deploy.getStyleClass().add("accent");
        deploy.disableProperty().bind(editor.deployingProperty());
        deploy.setOnAction(e -> editor.deploy());
        Label status = new Label();
        status.setId("editor-status");
        status.textProperty().bind(editor.statusProperty());
        HBox bar = new HBox(8, new Label("Name"), name, deploy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        CodeEditor code = new CodeEditor(editor.diagnostics());
        code.code().textProperty().bindBidirectional(editor.sourceProperty());
        ListView<FunctionCompileException.Diagnostic> errors = new ListView<>(editor.diagnostics());
        errors.setId("editor-errors");
        errors.setPrefHeight(110);
        errors.setPlaceholder(new Label("Compile errors appear here, marked ✖ at their lines"));
        errors.getSelectionModel().selectedItemProperty().addListener((obs, old, d) -> {
            if (d != null && d.line() > 0) {
                code.goToLine(d.line());
            }
        });
        VBox.setVgrow(code, Priority.ALWAYS);
        VBox pane = new VBox(8, bar, code, errors);
        pane.setPadding(new Insets(10));
        return pane;
    }
}
