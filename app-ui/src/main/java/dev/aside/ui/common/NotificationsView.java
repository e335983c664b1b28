package dev.aside.ui.common;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Notifications in a strip under the current screen, which gives up the room they take, so a toast
 * never hides a row. Infos and warnings go after a few seconds; errors stay until closed, each with
 * ✕, or all at once with "Dismiss all". Empty, the strip takes no room.
 */
public final class NotificationsView extends VBox {

    static final Duration SHOWN_FOR = Duration.seconds(6);

    public NotificationsView(ObservableList<Notification> notifications) {
        setId("notifications");
        setSpacing(4);
        setPadding(new Insets(4, 10, 6, 10));
        getStyleClass().add("notifications");
        managedProperty().bind(visibleProperty());
        setVisible(false);
        notifications.addListener((ListChangeListener<Notification>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(n -> n.level() != Notification.Level.ERROR)
                        .forEach(n -> fadeLater(n, notifications));
            }
            render(notifications);
        });
    }

    private static void fadeLater(Notification notification, ObservableList<Notification> notifications) {
        PauseTransition fade = new PauseTransition(SHOWN_FOR);
        fade.setOnFinished(e -> notifications.remove(notification));
        fade.play();
    }

    private void render(ObservableList<Notification> notifications) {
        getChildren().clear();
        setVisible(!notifications.isEmpty());
        if (notifications.size() > 1) {
            Hyperlink dismissAll = new Hyperlink("Dismiss all");
            dismissAll.setId("notifications-dismiss-all");
            dismissAll.setOnAction(e -> notifications.clear());
            HBox header = new HBox(dismissAll);
            header.setAlignment(Pos.CENTER_RIGHT);
            getChildren().add(header);
        }
        for (Notification notification : notifications) {
            getChildren().add(toast(notification, notifications));
        }
    }

    private static Region toast(Notification notification, ObservableList<Notification> notifications) {
        Label summary = new Label(notification.summary());
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> notifications.remove(notification));
        HBox line = new HBox(8, summary);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, line);
        if (!notification.details().isEmpty()) {
            Label details = new Label(notification.details());
            details.setWrapText(true);
            details.setVisible(false);
            details.managedProperty().bind(details.visibleProperty());
            Hyperlink toggle = new Hyperlink("Details");
            toggle.setOnAction(e -> details.setVisible(!details.isVisible()));
            line.getChildren().add(toggle);
            box.getChildren().add(details);
        }
        line.getChildren().add(close);
        box.getStyleClass().addAll("toast", notification.level().name().toLowerCase());
        return box;
    }
}
