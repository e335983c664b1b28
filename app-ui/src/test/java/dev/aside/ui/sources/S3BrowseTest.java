package dev.aside.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.aside.engine.ItemKey;
import dev.aside.engine.sor.s3.S3Settings;
import dev.aside.engine.testing.LocalS3Server;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The Sources screen over an S3-compatible server on loopback: folders, paging, ETags, loads. */
class S3BrowseTest {

    private static LocalS3Server s3;

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture(settings -> settings.withEnvironment(Map.of(
            S3Settings.BUCKET_VARIABLE, s3.bucket(),
            S3Settings.ENDPOINT_VARIABLE, s3.endpoint().toString(),
            S3Settings.REGION_VARIABLE, LocalS3Server.REGION,
            S3Settings.ACCESS_KEY_VARIABLE, s3.accessKey(),
            S3Settings.SECRET_KEY_VARIABLE, s3.secretKey())));

    @BeforeAll
    static void startS3() {
        s3 = LocalS3Server.start();
        s3.putObject("desk/positions.json", "{\"book\":\"rates\",\"dv01\":1250.5}".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 1005; i++) {
            s3.writeDirectly(String.format("ticks/t%04d.json", i), ("{\"i\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @Test
    void browse_bucketFoldersPagesAndLoad() throws Exception {
        FxRobot robot = console.show(Screen.SOURCES);
        TableView<SourceEntry> table = robot.lookup("#sources-table").queryTableView();
        console.await(15, () -> table.getItems().size() == 2);
        assertEquals(java.util.List.of("desk/", "ticks/"), table.getItems().stream().map(SourceEntry::name).toList());

        robot.doubleClickOn("ticks/");
        console.await(15, () -> table.getItems().size() == 1000);
        assertFalse(robot.lookup("#sources-next").query().isDisabled());
        robot.clickOn("#sources-next");
        console.await(15, () -> table.getItems().size() == 5);
        assertEquals("t1004.json", table.getItems().get(4).name());
        robot.clickOn("#sources-previous");
        console.await(15, () -> table.getItems().size() == 1000);

        robot.clickOn("#sources-up");
        console.await(15, () -> table.getItems().size() == 2);
        robot.doubleClickOn("desk/");
        console.await(15, () -> table.getItems().size() == 1 && !table.getItems().get(0).folder());
        SourceEntry positions = table.getItems().get(0);
        assertNotNull(positions.etag());
        robot.clickOn("positions.json").type(KeyCode.ENTER);
        console.await(20, () -> console.cache().head(ItemKey.of("s3", "desk/positions.json")).isPresent());
        assertEquals("s3", console.cache().head(ItemKey.of("s3", "desk/positions.json")).orElseThrow().storage());
    }
}
