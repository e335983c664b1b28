package dev.aside.ui.common;

import javafx.scene.control.Button;

/** Buttons that run an action, with an id for tests and styles. */
public final class ActionButton {

    private ActionButton() {}

    public static Button of(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
