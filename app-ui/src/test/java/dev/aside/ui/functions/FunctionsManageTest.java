package dev.aside.ui.functions;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.function.FunctionInfo;
import dev.aside.engine.value.TableValue;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.nio.file.Files;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The Functions screen as a workbench: results belong to their function, keys are picked, functions are managed. */
class FunctionsManageTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    private static final String GREET = """
            import dev.aside.engine.function.AsideFunction;
            import dev.aside.engine.function.FunctionContext;

            public class Greet implements AsideFunction {
                public Object main(FunctionContext context) {
                    return "hi";
                }
            }
            """;

    private static void select(FxRobot robot, ListView<FunctionInfo> list, String name) {
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow()));
    }

    @Test
    void selectAnotherFunction_clearsThePreviousResult_keyIsADropDownOfCachedItems() throws Exception {
        console.show(Screen.SOURCES);
        console.cache().put(ItemKey.written("desk/trades"), new TableValue(Table.create("t", DoubleColumn.create("price", 1.0))));
        FxRobot robot = console.robot();
        console.showScreen(Screen.FUNCTIONS);
        ListView<FunctionInfo> list = robot.lookup("#functions-list").queryListView();
        console.await(5, () -> list.getItems().stream().anyMatch(f -> f.name().equals("echo")));
        select(robot, list, "echo");
        robot.clickOn("#param-message").write("first");
        robot.clickOn("#functions-run");
        console.await(10, () -> robot.lookup("#result-text").tryQuery().isPresent());

        select(robot, list, "filter");
        assertTrue(robot.lookup("#result-text").tryQuery().isEmpty(), "echo's result must not stay under filter");
        assertEquals("", robot.lookup("#functions-status").queryLabeled().getText());
        ComboBox<String> key = robot.lookup("#param-key").queryComboBox();
        assertTrue(key.getItems().contains("desk/trades"), key.getItems()::toString);
        robot.interact(() -> key.getSelectionModel().select("desk/trades"));
        robot.clickOn("#param-where").write("price>0");
        robot.clickOn("#functions-run");
        console.await(10, () -> robot.lookup("#result-grid").tryQuery().isPresent());
    }

    @Test
    void deployedFunction_openedEditedAndDeleted_newStartsFromTheTemplate() throws Exception {
        Files.createDirectories(console.temp().resolve("functions"));
        Files.writeString(console.temp().resolve("functions/greet.java"), GREET);
        FxRobot robot = console.show(Screen.FUNCTIONS);
        ListView<FunctionInfo> list = robot.lookup("#functions-list").queryListView();
        console.await(10, () -> list.getItems().stream().anyMatch(f -> f.name().equals("greet")));
        select(robot, list, "echo");
        assertTrue(robot.lookup("#functions-delete").query().isDisabled(), "built-ins cannot be deleted");

        select(robot, list, "greet");
        String first = console.engine().functions().find("greet").orElseThrow().version();
        robot.clickOn("#functions-edit");
        TextInputControl source = robot.lookup("#editor-source").query();
        console.await(10, () -> source.getText().contains("return \"hi\""));
        assertEquals("greet", robot.lookup("#editor-name").<TextInputControl>query().getText());
        robot.interact(() -> source.setText(GREET.replace("\"hi\"", "\"hello\"")));
        robot.clickOn("#editor-deploy");
        console.await(30, () -> console.engine().functions().find("greet")
                .map(f -> !f.version().equals(first)).orElse(false));
        assertTrue(Files.readString(console.temp().resolve("functions/greet.java")).contains("hello"));
        assertEquals("hello", console.engine().functions().call("greet", java.util.Map.of()).json().asText());

        robot.clickOn("Run");
        select(robot, list, "greet");
        robot.clickOn("#functions-delete");
        console.await(10, () -> list.getItems().stream().noneMatch(f -> f.name().equals("greet")));
        assertFalse(Files.exists(console.temp().resolve("functions/greet.java")));
        assertTrue(console.engine().functions().find("greet").isEmpty());

        robot.clickOn("#functions-new");
        assertEquals("new_function", robot.lookup("#editor-name").<TextInputControl>query().getText());
        assertTrue(source.getText().contains("implements AsideFunction"));
    }
}
