package dev.aside.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.rest.auth.TokenStore;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Requiring a token: Copy token and the copied curl line carry it, nothing on screen shows it. */
class ServerTokenTest {

    private static final String KEY = "books/rates desk.json";

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    @Test
    void requireToken_copyTokenAndCurl_clipboardCarriesTokenScreenNeverShowsIt() throws Exception {
        console.write(KEY, "{\"book\":\"rates\",\"dv01\":1250.5}");
        FxRobot robot = console.show(Screen.SERVER);
        Button stop = robot.lookup("#server-stop").queryButton();
        Button copyToken = robot.lookup("#server-copy-token").queryButton();
        robot.clickOn("#server-start");
        console.await(20, () -> !stop.isDisabled());
        assertTrue(copyToken.isDisabled(), "no token yet, nothing to copy");

        robot.clickOn("#server-require-token");
        console.await(20, () -> !stop.isDisabled()); // the server restarts to require it
        String token = new TokenStore(console.engine().settings().cacheRoot()).loadOrCreate().value();
        String url = robot.lookup("#server-url").queryAs(Label.class).getText();
        String reload = url + "/cache/api/v1.0/?function=update&path=books/rates+desk.json"; // always needs the token
        assertEquals(401, LocalHttp.get(reload).statusCode());
        assertEquals(403, LocalHttp.get(reload, "not-" + token).statusCode());
        assertEquals(200, LocalHttp.get(reload, token).statusCode());
        assertEquals("required (••••••••)", robot.lookup("#server-token").queryAs(Label.class).getText());

        robot.clickOn("#server-copy-token");
        assertEquals(token, clipboard());

        robot.interact(() -> console.context().selection().select(ItemKey.of("sd", KEY)));
        String target = url + "/cache/api/v1.0/?function=read&path=books/rates+desk.json&storage=sd";
        assertEquals("curl -H \"Authorization: Bearer $ASIDE_TOKEN\" \"" + target + "\"",
                robot.lookup("#server-curl").queryAs(Label.class).getText());
        robot.clickOn("#server-copy-curl");
        assertEquals("curl -H \"Authorization: Bearer " + token + "\" \"" + target + "\"", clipboard());
        var read = LocalHttp.get(target, token);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("rates"), read.body());

        List<String> onScreen = WaitForAsyncUtils.asyncFx(() -> robot.lookup(node -> true).queryAll().stream()
                .map(ServerTokenTest::shownText).filter(Objects::nonNull).toList()).get();
        assertTrue(onScreen.contains("Access token copied to the clipboard"), onScreen.toString());
        assertFalse(onScreen.stream().anyMatch(text -> text.contains(token)), "the token is on screen");
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
