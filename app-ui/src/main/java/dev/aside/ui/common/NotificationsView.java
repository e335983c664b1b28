package dev.aside.ui.common;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Toasts in a corner of the window: infos fade after a few seconds, errors stay until closed. */
public final class NotificationsView extends VBox {

    private static final Duration INFO_SHOWN_FOR = Duration.seconds(6);

    public NotificationsView(ObservableList<Notification> notifications) {
        setSpacing(6);
        setAlignment(Pos.BOTTOM_RIGHT);
        setPickOnBounds(false);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getStyleClass().add("notifications");
        notifications.addListener((ListChangeListener<Notification>) change -> render(notifications));
    }

    private void render(ObservableList<Notification> notifications) {
        getChildren().clear();
        for (Notification notification : notifications) {
            getChildren().add(toast(notification, notifications));
        }
    }

    private Region toast(Notification notification, ObservableList<Notification> notifications) {
        Label summary = new Label(notification.summary());
        summary.setWrapText(true);
        summary.setMaxWidth(420);
        Button close = new Button("✕");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> notifications.remove(notification));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox box = new VBox(4, new HBox(8, summary, spacer, close));
        if (!notification.details().isEmpty()) {
            Label details = new Label(notification.details());
            details.setWrapText(true);
            details.setMaxWidth(420);
            details.setVisible(false);
            details.managedProperty().bind(details.visibleProperty());
            Hyperlink toggle = new Hyperlink("Details");
            toggle.setOnAction(e -> details.setVisible(!details.isVisible()));
            box.getChildren().addAll(toggle, details);
        }
        box.getStyleClass().addAll("toast", notification.level().name().toLowerCase());
        box.setMaxWidth(460);
        if (notification.level() == Notification.Level.INFO) {
            PauseTransition fade = new PauseTransition(INFO_SHOWN_FOR);
            fade.setOnFinished(e -> notifications.remove(notification));
            fade.play();
        }
        return box;
    }
}
