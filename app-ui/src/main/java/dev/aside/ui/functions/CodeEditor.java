package dev.aside.ui.functions;

import dev.aside.engine.FunctionCompileException;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;

/**
 * A Java source area with a line-number gutter that marks the lines compile errors point at. The
 * gutter scrolls with the code.
 */
final class CodeEditor extends HBox {

    private final TextArea code = new TextArea();
    private final TextArea gutter = new TextArea();
    private final ObservableList<FunctionCompileException.Diagnostic> diagnostics;

    CodeEditor(ObservableList<FunctionCompileException.Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
        Font mono = Font.font("Monospaced", 13);
        code.setId("editor-source");
        code.setFont(mono);
        gutter.setId("editor-gutter");
        gutter.setFont(mono);
        gutter.setEditable(false);
        gutter.setFocusTraversable(false);
        gutter.setPrefColumnCount(5);
        gutter.setMinWidth(64);
        gutter.setMaxWidth(64);
        gutter.getStyleClass().add("gutter");
        gutter.scrollTopProperty().bindBidirectional(code.scrollTopProperty());
        code.textProperty().addListener((obs, old, text) -> renumber());
        diagnostics.addListener((ListChangeListener<FunctionCompileException.Diagnostic>) change -> renumber());
        HBox.setHgrow(code, Priority.ALWAYS);
        getChildren().addAll(gutter, code);
    }

    TextArea code() {
        return code;
    }

    /** Selects line {@code line} (1-based) in the code and scrolls to it. */
    void goToLine(long line) {
        String text = code.getText();
        int start = 0;
        for (long l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return;
            }
        }
        int end = text.indexOf('\n', start);
        code.requestFocus();
        code.selectRange(start, end < 0 ? text.length() : end);
    }

    private void renumber() {
        Set<Long> errorLines = diagnostics.stream().map(FunctionCompileException.Diagnostic::line)
                .collect(Collectors.toSet());
        long lines = code.getText().chars().filter(c -> c == '\n').count() + 1;
        StringBuilder numbers = new StringBuilder();
        for (long line = 1; line <= lines; line++) {
            numbers.append(errorLines.contains(line) ? "✖" : " ").append(String.format("%4d", line)).append('\n');
        }
        double scroll = code.getScrollTop();
        gutter.setText(numbers.toString());
        gutter.setScrollTop(scroll);
    }
}
