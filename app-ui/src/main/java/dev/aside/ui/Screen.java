package dev.aside.ui;

import javafx.scene.input.KeyCode;

/** The console's screens, in navigation order, each with its Ctrl+digit shortcut. */
public enum Screen {
    SOURCES("Sources", KeyCode.DIGIT1),
    CACHE("Cache", KeyCode.DIGIT2),
    ITEM("Item", KeyCode.DIGIT3),
    FUNCTIONS("Functions", KeyCode.DIGIT4),
    SERVER("Server", KeyCode.DIGIT5),
    TELEMETRY("Telemetry", KeyCode.DIGIT6),
    MEMORY("Memory", KeyCode.DIGIT7),
    SQL("SQL", KeyCode.DIGIT8);

    private final String title;
    private final KeyCode key;

    Screen(String title, KeyCode key) {
        this.title = title;
        this.key = key;
    }

    public String title() {
        return title;
    }

    public KeyCode key() {
        return key;
    }
}
