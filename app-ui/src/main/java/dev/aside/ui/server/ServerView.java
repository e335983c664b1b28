package dev.aside.ui.server;

import dev.aside.rest.telemetry.RequestRecord;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.TeamView;
import dev.aside.ui.common.TextColumn;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * The Server screen: status, address, port, start and stop, token and write lock, the curl line, what
 * user functions hold (sampled every second) and the request log.
 */
public final class ServerView extends VBox {

    /** @param team the console's team, shown under the server's facts when it is a member of one */
    public ServerView(ServerViewModel model, TeamView team) {
        setId("server");
        setSpacing(10);
        setPadding(new Insets(12));
        ServerControl server = model.server();
        Label status = new Label();
        status.setId("server-status");
        status.getStyleClass().add("title-3");
        status.textProperty().bind(server.statusProperty());
        TextField port = new TextField();
        port.setId("server-port");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(server.portProperty());
        port.disableProperty().bind(server.runningProperty().or(server.busyProperty()));
        Button start = new Button("Start");
        start.setId("server-start");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> server.start());
        start.disableProperty().bind(server.runningProperty().or(server.busyProperty()));
        Button stop = new Button("Stop");
        stop.setId("server-stop");
        stop.setOnAction(e -> server.stop());
        stop.disableProperty().bind(server.runningProperty().not().or(server.busyProperty()));
        Label address = new Label();
        address.setId("server-url");
        address.textProperty().bind(Bindings.when(server.urlProperty().isEmpty()).then("—").otherwise(server.urlProperty()));
        Label token = new Label();
        token.setId("server-token");
        token.textProperty().bind(model.tokenStateProperty());
        ToggleButton showToken = new ToggleButton("Show");
        showToken.setId("server-show-token");
        showToken.selectedProperty().bindBidirectional(model.tokenShownProperty());
        Button copyToken = new Button("Copy token");
        copyToken.setId("server-copy-token");
        copyToken.setOnAction(e -> model.copyToken());
        showToken.setDisable(!model.hasToken());
        copyToken.setDisable(!model.hasToken());
        CheckBox lockWrites = new CheckBox("Require the token for all writes (delete, reload), also on this machine");
        lockWrites.setId("server-lock-writes");
        lockWrites.selectedProperty().bindBidirectional(server.writesLockedProperty());
        lockWrites.disableProperty().bind(server.busyProperty().or(Bindings.createBooleanBinding(model::hasToken).not()));
        Label curl = new Label();
        curl.setId("server-curl");
        curl.setFont(Font.font("Monospaced", 13));
        curl.textProperty().bind(model.curlProperty());
        // a long line gives way in its middle, keeping the command and the item's path and storage in view; Copy copies it whole
        curl.setMinWidth(0);
        curl.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        Tooltip fullCurl = new Tooltip();
        fullCurl.textProperty().bind(model.curlProperty());
        curl.setTooltip(fullCurl);
        Button copyCurl = new Button("Copy");
        copyCurl.setMinWidth(Region.USE_PREF_SIZE);
        copyCurl.setId("server-copy-curl");
        copyCurl.setOnAction(e -> model.copyCurl());

        Label functions = new Label();
        functions.setId("server-functions");
        functions.textProperty().bind(model.functionsProperty());
        model.sampleFunctions(); // then every second, from the view model

        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(8);
        facts.addRow(0, new Label("Address"), address);
        facts.addRow(1, new Label("Port"), new HBox(8, port, start, stop));
        facts.addRow(2, new Label("Bound to"), new Label(server.bind()));
        facts.addRow(3, new Label("Access token"), new HBox(8, token, showToken, copyToken));
        facts.addRow(4, new Label(""), lockWrites);
        facts.addRow(5, new Label("Selected item"), new HBox(8, curl, copyCurl));
        facts.addRow(6, new Label("User functions"), functions);
        facts.getChildren().forEach(node -> {
            if (node instanceof HBox box) {
                box.setAlignment(Pos.CENTER_LEFT);
                box.setMinWidth(0);
            } else if (GridPane.getColumnIndex(node) == 0 && node instanceof Label name) {
                name.setMinWidth(Region.USE_PREF_SIZE); // the row names never give way to a long value
            }
        });

        TableView<RequestRecord> log = new TableView<>(model.requests());
        log.setId("server-log");
        log.setPlaceholder(new Label("Requests appear here as they are answered"));
        log.getColumns().setAll(List.of(
                TextColumn.of("Time", 170, r -> DisplayFormat.instant(r.at())),
                TextColumn.of("Method", 90, RequestRecord::method),
                TextColumn.of("Target", 520, RequestRecord::target),
                TextColumn.of("Status", 70, r -> String.valueOf(r.status())),
                TextColumn.of("Latency", 90, r -> String.format(Locale.ROOT, "%.1f ms", r.millis()))));
        VBox.setVgrow(log, Priority.ALWAYS);
        getChildren().addAll(status, facts, team, new Label("Recent requests"), log);
    }

}
