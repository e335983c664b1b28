package dev.aside.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.rest.telemetry.RequestRecord;
import dev.aside.ui.Screen;
import dev.aside.ui.cache.CacheRow;
import dev.aside.ui.testing.ConsoleFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The embedded REST server shares the console's engine: what curl changes, the Cache screen shows. */
class RestSharedCacheTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void itemCreatedOverRest_appearsInCacheScreenAndRequestLog() throws Exception {
        console.write("positions.json", "{\"book\":\"rates\",\"dv01\":1250.5}");
        FxRobot robot = console.show(Screen.SERVER);
        robot.interact(() -> console.window().startServer());
        Label url = robot.lookup("#server-url").queryAs(Label.class);
        console.await(20, () -> url.getText().startsWith("http://127.0.0.1:"));

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url.getText()
                + "/cache/api/v1.0/?function=create&path=positions.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());

        TableView<RequestRecord> log = robot.lookup("#server-log").queryTableView();
        console.await(10, () -> !log.getItems().isEmpty());
        assertEquals(200, log.getItems().get(0).status());
        assertTrue(log.getItems().get(0).target().contains("function=create"));

        console.showScreen(Screen.CACHE);
        TableView<CacheRow> cache = robot.lookup("#cache-table").queryTableView();
        console.await(10, () -> cache.getItems().size() == 1);
        assertEquals(ItemKey.of("sd", "positions.json"), cache.getItems().get(0).key());

        robot.interact(() -> cache.getSelectionModel().select(0));
        console.showScreen(Screen.SERVER);
        String curl = robot.lookup("#server-curl").queryAs(Label.class).getText();
        assertEquals("curl -H \"Authorization: Bearer $ASIDE_TOKEN\" \"" + url.getText()
                + "/cache/api/v1.0/?function=read&path=positions.json&storage=sd\"", curl);
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(
                curl.substring(curl.lastIndexOf(" \"") + 2, curl.lastIndexOf('"')))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(read.body().contains("rates"), read.body());

        robot.clickOn("#server-stop");
        console.await(20, () -> url.getText().equals("—"));
    }
}
