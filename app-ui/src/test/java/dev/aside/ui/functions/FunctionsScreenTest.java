package dev.aside.ui.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.FunctionCompileException;
import dev.aside.engine.function.FunctionInfo;
import dev.aside.engine.function.FunctionOrigin;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class FunctionsScreenTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    private static final String BROKEN = """
            import dev.aside.engine.function.FunctionContext;
            import dev.aside.engine.function.AsideFunction;
            import dev.aside.engine.function.Kwargs;

            public class Doubler implements AsideFunction {
                public Object main(FunctionContext context) {
                    long n = context.params().integer("n", 1)
                    return n * 2;
                }
            }
            """;

    private static final String SLOW = """
            import dev.aside.engine.function.FunctionContext;
            import dev.aside.engine.function.AsideFunction;
            import dev.aside.engine.function.Kwargs;

            public class Slow implements AsideFunction {
                public Object main(FunctionContext context) throws Exception {
                    Thread.sleep(30_000);
                    return "too late";
                }
            }
            """;

    @Test
    void run_builtinWithFormValue_showsResult() throws Exception {
        FxRobot robot = console.show(Screen.FUNCTIONS);
        ListView<FunctionInfo> list = robot.lookup("#functions-list").queryListView();
        console.await(5, () -> list.getItems().stream().anyMatch(f -> f.name().equals("echo")));
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(f -> f.name().equals("echo")).findFirst().orElseThrow()));
        robot.clickOn("#param-message").write("hello from the console");
        robot.clickOn("#functions-run");

        console.await(10, () -> robot.lookup("#result-text").tryQuery().isPresent());
        assertEquals("hello from the console", robot.lookup("#result-text").<TextArea>query().getText());
        assertTrue(robot.lookup("#functions-status").queryLabeled().getText().contains("echo finished"));
    }

    @Test
    void deploy_compileErrorMarkedAtItsLine_thenFixedVersionRuns() throws Exception {
        FxRobot robot = console.show(Screen.FUNCTIONS);
        robot.clickOn("Editor");
        robot.interact(() -> {
            robot.lookup("#editor-name").<TextInputControl>query().setText("doubler");
            robot.lookup("#editor-source").<TextInputControl>query().setText(BROKEN);
        });
        robot.clickOn("#editor-deploy");

        ListView<FunctionCompileException.Diagnostic> errors = robot.lookup("#editor-errors").queryListView();
        console.await(30, () -> !errors.getItems().isEmpty());
        assertEquals(7, errors.getItems().get(0).line());
        String gutter = robot.lookup("#editor-gutter").<TextArea>query().getText();
        assertTrue(gutter.lines().skip(6).findFirst().orElseThrow().startsWith("✖"), gutter);
        assertTrue(console.engine().functions().find("doubler").isEmpty());

        robot.interact(() -> robot.lookup("#editor-source").<TextInputControl>query()
                .setText(BROKEN.replace("context.params().integer(\"n\", 1)", "context.params().integer(\"n\", 1);")));
        robot.clickOn("#editor-deploy");
        console.await(30, () -> console.engine().functions().find("doubler").isPresent());
        console.await(5, errors.getItems()::isEmpty);
        assertEquals(FunctionOrigin.USER, console.engine().functions().find("doubler").orElseThrow().origin());

        robot.interact(() -> robot.lookup("#functions-tabs").<TabPane>query().getSelectionModel().select(0));
        ListView<FunctionInfo> list = robot.lookup("#functions-list").queryListView();
        console.await(5, () -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().name().equals("doubler"));
        robot.clickOn("#functions-run");
        console.await(10, () -> robot.lookup("#result-text").tryQuery().isPresent());
        assertEquals("2", robot.lookup("#result-text").<TextArea>query().getText());
    }

    @Test
    void cancel_runningFunction_stopsItAndFreesTheForm() throws Exception {
        java.nio.file.Files.createDirectories(console.temp().resolve("functions"));
        java.nio.file.Files.writeString(console.temp().resolve("functions/slow.java"), SLOW);
        FxRobot robot = console.show(Screen.FUNCTIONS);
        ListView<FunctionInfo> list = robot.lookup("#functions-list").queryListView();
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(f -> f.name().equals("slow")).findFirst().orElseThrow()));
        robot.clickOn("#functions-run");
        console.await(5, () -> !robot.lookup("#functions-cancel").query().isDisabled());
        robot.clickOn("#functions-cancel");

        console.await(5, () -> robot.lookup("#functions-status").queryLabeled().getText().contains("cancelled"));
        assertFalse(robot.lookup("#functions-run").query().isDisabled());
    }
}
