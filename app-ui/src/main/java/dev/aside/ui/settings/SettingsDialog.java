package dev.aside.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The settings dialog: S3, drive folder, cache and functions folders, memory limit and port. */
public final class SettingsDialog extends Dialog<Boolean> {

    private int row;

    public SettingsDialog(SettingsViewModel model, Window owner) {
        initOwner(owner);
        setTitle("Aside settings");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        section(grid, "Amazon S3 or an S3-compatible server");
        field(grid, "Bucket", model.s3BucketProperty(), "settings-s3-bucket", "none: the drive folder is the source");
        field(grid, "Prefix", model.s3PrefixProperty(), "settings-s3-prefix", "folder inside the bucket, e.g. trades/");
        field(grid, "Region", model.s3RegionProperty(), "settings-s3-region", model.effective("s3Region"));
        field(grid, "Profile", model.s3ProfileProperty(), "settings-s3-profile", model.effective("s3Profile"));
        field(grid, "Access key", model.s3AccessKeyProperty(), "settings-s3-access-key", "");
        PasswordField secret = new PasswordField();
        secret.setId("settings-s3-secret");
        secret.setPromptText(model.hasSavedSecret() ? "saved: leave empty to keep it" : "");
        secret.textProperty().bindBidirectional(model.s3SecretKeyProperty());
        grid.addRow(row++, new Label("Secret key"), secret);
        CheckBox remember = new CheckBox("Remember the secret key (stored readable by you only)");
        remember.selectedProperty().bindBidirectional(model.rememberSecretProperty());
        grid.add(remember, 1, row++);
        field(grid, "Endpoint", model.s3EndpointProperty(), "settings-s3-endpoint", model.effective("s3Endpoint"));
        section(grid, "Local or network drive");
        field(grid, "Folder", model.driveFolderProperty(), "settings-drive", model.effective("driveFolder"));
        section(grid, "Cache and server");
        field(grid, "Cache folder", model.cacheFolderProperty(), "settings-cache-folder", model.effective("cacheFolder"));
        field(grid, "Functions folder", model.functionsFolderProperty(), "settings-functions-folder",
                model.effective("functionsFolder"));
        field(grid, "Memory limit", model.memoryLimitProperty(), "settings-memory", model.effective("memoryLimit"));
        field(grid, "REST port", model.portProperty(), "settings-port", model.effective("port"));
        Label problems = new Label();
        problems.setId("settings-problems");
        problems.getStyleClass().add("danger");
        problems.textProperty().bind(model.problemsProperty());
        grid.add(problems, 0, row++, 2, 1);
        getDialogPane().setContent(grid);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).disableProperty().bind(model.problemsProperty().isNotEmpty());
        setResultConverter(button -> button == save && model.save());
    }

    private void section(GridPane grid, String title) {
        Label label = new Label(title);
        label.getStyleClass().add("title-4");
        grid.add(label, 0, row++, 2, 1);
    }

    private void field(GridPane grid, String label, StringProperty property, String id, String placeholder) {
        grid.addRow(row++, new Label(label), textField(property, id, placeholder));
    }

    /** A text field bound both ways to {@code property}; the welcome pane's S3 fields use it too. */
    static TextField textField(StringProperty property, String id, String placeholder) {
        TextField field = new TextField();
        field.setPromptText(placeholder);
        field.setId(id);
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
