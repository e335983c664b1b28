package dev.aside.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.rest.auth.TokenStore;
import dev.aside.ui.Screen;
import dev.aside.ui.settings.SettingsStore;
import dev.aside.ui.testing.ConsoleFixture;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The embedded server always has a token: code needs it on this machine too, Show reveals it, Copy token
 * and the copied curl line carry it, and the "lock writes" switch is remembered and can be turned off.
 */
class ServerTokenTest {

    private static final String KEY = "books/rates desk.json";

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void alwaysAToken_codeNeedsIt_showCopyAndCurlCarryIt() throws Exception {
        console.write(KEY, "{\"book\":\"rates\",\"dv01\":1250.5}");
        FxRobot robot = console.show(Screen.SERVER);
        Button stop = robot.lookup("#server-stop").queryButton();
        robot.clickOn("#server-start");
        console.await(20, () -> !stop.isDisabled());
        String token = new TokenStore(console.engine().settings().cacheRoot()).loadOrCreate().value();
        String url = robot.lookup("#server-url").queryAs(Label.class).getText();
        String sql = url + "/cache/api/v1.0/?function=sql&query=SELECT%201";
        assertEquals(401, LocalHttp.get(sql).statusCode(), "running code needs the token, even on loopback");
        assertEquals(403, LocalHttp.get(sql, "not-" + token).statusCode());
        assertEquals(200, LocalHttp.get(sql, token).statusCode());
        String target = url + "/cache/api/v1.0/?function=read&path=books/rates+desk.json";
        assertEquals(200, LocalHttp.get(target).statusCode(), "reads stay open on loopback");
        assertFalse(onScreen(robot).stream().anyMatch(text -> text.contains(token)), "masked until shown");

        robot.clickOn("#server-copy-token");
        assertEquals(token, clipboard());
        robot.interact(() -> console.context().selection().select(ItemKey.of("sd", KEY)));
        String curlTarget = url + "/cache/api/v1.0/?function=read&path=books/rates+desk.json&storage=sd";
        assertEquals("curl -H \"Authorization: Bearer $ASIDE_TOKEN\" \"" + curlTarget + "\"",
                robot.lookup("#server-curl").queryAs(Label.class).getText());
        robot.clickOn("#server-copy-curl");
        assertEquals("curl -H \"Authorization: Bearer " + token + "\" \"" + curlTarget + "\"", clipboard());

        robot.clickOn("#server-show-token");
        assertEquals(token, robot.lookup("#server-token").queryAs(Label.class).getText());
        assertEquals("curl -H \"Authorization: Bearer " + token + "\" \"" + curlTarget + "\"",
                robot.lookup("#server-curl").queryAs(Label.class).getText());
        assertTrue(onScreen(robot).contains("Access token copied to the clipboard"), onScreen(robot).toString());
    }

    @Test
    void lockWrites_deleteNeedsTheToken_rememberedAcrossRestarts_andCanBeTurnedOff() throws Exception {
        console.write(KEY, "{\"book\":\"rates\"}");
        FxRobot robot = console.show(Screen.SERVER);
        Button stop = robot.lookup("#server-stop").queryButton();
        CheckBox lock = robot.lookup("#server-lock-writes").queryAs(CheckBox.class);
        robot.clickOn("#server-start");
        console.await(20, () -> !stop.isDisabled());
        String token = new TokenStore(console.engine().settings().cacheRoot()).loadOrCreate().value();

        robot.clickOn("#server-lock-writes");
        console.await(20, () -> lock.isSelected() && !stop.isDisabled()); // the server restarts locked
        String url = robot.lookup("#server-url").queryAs(Label.class).getText();
        String delete = url + "/cache/api/v1.0/?function=delete&path=books/rates+desk.json";
        LocalHttp.get(url + "/cache/api/v1.0/?function=create&path=books/rates+desk.json");
        assertEquals(401, LocalHttp.get(delete).statusCode());
        assertTrue(SettingsStore.standard().load().lockWrites(), "remembered for the next start");

        robot.clickOn("#server-lock-writes");
        console.await(20, () -> !lock.isSelected() && !stop.isDisabled());
        String reopened = robot.lookup("#server-url").queryAs(Label.class).getText();
        assertEquals(200, LocalHttp.get(reopened + "/cache/api/v1.0/?function=delete&path=books/rates+desk.json")
                .statusCode(), "writes open again on loopback");
        assertFalse(SettingsStore.standard().load().lockWrites());
        assertEquals(200, LocalHttp.get(reopened + "/cache/api/v1.0/?function=sql&query=SELECT%201", token).statusCode());
    }

    private static List<String> onScreen(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(node -> true).queryAll().stream()
                .map(ServerTokenTest::shownText).filter(Objects::nonNull).toList()).get();
    }

    private static String shownText(Node node) {
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (node instanceof TextInputControl input) {
            return input.getText();
        }
        return node instanceof Text text ? text.getText() : null;
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    }
}
