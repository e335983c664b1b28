package dev.aside.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The welcome pane shown while no source is configured: a drive folder, S3, or the sample data. */
public final class WelcomeView extends VBox {

    private int row;

    public WelcomeView(WelcomeViewModel model) {
        super(14);
        setId("welcome");
        setPadding(new Insets(24));
        setMaxWidth(720);
        Label title = new Label("Welcome to Aside");
        title.getStyleClass().add("title-2");
        Label intro = new Label("Aside caches data from a system of record: a folder on a local or network drive, "
                + "or an S3 bucket. Choose one to start; you can change it later in Settings.");
        intro.setWrapText(true);

        Button drive = button("Open a drive folder…", "welcome-drive", model::chooseDriveFolder);
        Button samples = button("Use the bundled sample data", "welcome-samples", model::useSamples);
        Label samplesNote = new Label("Small trades, prices and JSON files to try every screen with.");

        GridPane s3 = new GridPane();
        s3.setHgap(8);
        s3.setVgap(6);
        field(s3, "Bucket", model.bucketProperty(), "welcome-s3-bucket", "my-bucket");
        field(s3, "Prefix", model.prefixProperty(), "welcome-s3-prefix", "optional folder, e.g. trades/");
        field(s3, "Region", model.regionProperty(), "welcome-s3-region", "e.g. eu-west-1");
        field(s3, "Endpoint", model.endpointProperty(), "welcome-s3-endpoint", "AWS; or e.g. http://127.0.0.1:9000");
        field(s3, "Access key", model.accessKeyProperty(), "welcome-s3-access-key", "empty: the default credentials");
        PasswordField secret = new PasswordField();
        secret.setId("welcome-s3-secret");
        secret.textProperty().bindBidirectional(model.secretKeyProperty());
        s3.addRow(row++, new Label("Secret key"), secret);
        CheckBox remember = new CheckBox("Remember the secret key (stored readable by you only)");
        remember.selectedProperty().bindBidirectional(model.rememberSecretProperty());
        s3.add(remember, 1, row++);
        Button test = button("Test connection", "welcome-s3-test", model::testConnection);
        Button connect = button("Connect to S3", "welcome-s3-connect", model::connectS3);
        test.disableProperty().bind(model.bucketProperty().isEmpty());
        connect.disableProperty().bind(model.bucketProperty().isEmpty());
        Label connection = new Label();
        connection.setId("welcome-s3-result");
        connection.setWrapText(true);
        connection.textProperty().bind(model.connectionProperty());

        getChildren().addAll(title, intro,
                section("A folder on a local or network drive"), drive,
                section("Amazon S3 or an S3-compatible server"), s3, new HBox(8, test, connect), connection,
                section("Just looking?"), new HBox(10, samples, samplesNote));
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void field(GridPane grid, String label, StringProperty property, String id, String prompt) {
        grid.addRow(row++, new Label(label), SettingsDialog.textField(property, id, prompt));
    }
}
