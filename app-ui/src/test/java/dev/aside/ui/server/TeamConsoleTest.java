package dev.aside.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.rest.cluster.ClusterMember;
import dev.aside.rest.cluster.ClusterSettings;
import dev.aside.ui.Screen;
import dev.aside.ui.cache.CacheRow;
import dev.aside.ui.common.TeamMembership;
import dev.aside.ui.testing.ConsoleFixture;
import dev.aside.ui.testing.FreePorts;
import dev.aside.ui.testing.HeadlessMember;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A console started as a team member ({@code --cluster-name ...}) beside a second, headless member:
 * the Server and Telemetry screens list both members with their figures, and the Cache screen says
 * which member holds each item.
 */
class TeamConsoleTest {

    /** Enough paths that both members hold some (by partition, half each on average). */
    private static final int ITEMS = 16;
    /** The console's member port, the other member's port and the other member's REST port. */
    private static final List<Integer> PORTS = FreePorts.take(3);
    private static final List<String> MEMBERS = List.of("127.0.0.1:" + PORTS.get(0), "127.0.0.1:" + PORTS.get(1));

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture()
            .inTeam(TeamMembership.of(new ClusterSettings("ui-team", PORTS.get(0), MEMBERS, "127.0.0.1")));

    @Test
    void consoleMember_showsEveryMemberAndEachItemsOwner() throws Exception {
        for (int i = 0; i < ITEMS; i++) {
            console.write("team/item" + i + ".json", "{\"n\": " + i + "}");
        }
        try (HeadlessMember other = HeadlessMember.start(
                new ClusterSettings("ui-team", PORTS.get(1), MEMBERS, "127.0.0.1"), console.temp(), console.sorRoot(), PORTS.get(2))) {
            ClusterMember otherMember = other.member();
            String otherUrl = other.url();
            FxRobot robot = console.show(Screen.SERVER);
            Button stop = robot.lookup("#server-stop").queryButton();
            robot.clickOn("#server-start");
            console.await(30, () -> !stop.isDisabled());
            TableView<?> serverTeam = robot.lookup("#server-team-members").queryAs(TableView.class);
            console.await(60, () -> serverTeam.getItems().size() == 2);
            console.await(60, () -> otherMember.view().members().size() == 2 && otherMember.settled());

            for (int i = 0; i < ITEMS; i++) {
                var read = LocalHttp.get(otherUrl + "/cache/api/v1.0/?function=read&path=team/item" + i + ".json");
                assertEquals(200, read.statusCode(), read.body());
            }
            console.showScreen(Screen.TELEMETRY);
            TableView<?> telemetryTeam = robot.lookup("#telemetry-team-members").queryAs(TableView.class);
            console.await(20, () -> telemetryTeam.getItems().size() == 2);

            console.showScreen(Screen.CACHE);
            @SuppressWarnings("unchecked")
            TableView<CacheRow> cache = robot.lookup("#cache-table").queryAs(TableView.class);
            TableColumn<CacheRow, ?> owner = cache.getColumns().stream().filter(c -> c.getText().equals("Owner"))
                    .findFirst().orElseThrow();
            console.await(20, () -> !cache.getItems().isEmpty()
                    && cache.getItems().stream().noneMatch(row -> String.valueOf(owner.getCellData(row)).isEmpty())
                    && cache.getItems().stream().anyMatch(row -> "this console".equals(owner.getCellData(row))));
            List<String> local = new ArrayList<>();
            cache.getItems().forEach(row -> local.add(row.key().path()));
            assertTrue(local.size() < ITEMS, "the other member holds some items itself: " + local);
        }
    }
}
