package dev.aside.ui.tour;

import dev.aside.engine.ItemKey;
import dev.aside.engine.function.FunctionInfo;
import dev.aside.rest.cluster.ClusterSettings;
import dev.aside.ui.AsideApplication;
import dev.aside.ui.settings.SettingsStore;
import dev.aside.ui.testing.FreePorts;
import dev.aside.ui.testing.HeadlessMember;
import dev.aside.ui.testing.WindowShots;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real application over the repository's samples and visits every screen, writing a PNG
 * of each to {@code aside.screenshots} (default {@code docs/screenshots}). Run by
 * {@code app-ui/scripts/screenshots.sh} under Xvfb; tagged so the normal test run skips it.
 */
@Tag("tour")
class ScreenshotTour {

    private final FxRobot robot = new FxRobot();
    private Path out;

    @Test
    void visitEveryScreen() throws Exception {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        out = Path.of(System.getProperty("aside.screenshots", repo.resolve("docs/screenshots").toString()));
        Files.createDirectories(out);
        Path temp = Files.createTempDirectory("aside-tour");
        Path functions = Files.createDirectories(temp.resolve("functions"));
        try (Stream<Path> sources = Files.list(repo.resolve("samples/functions"))) {
            for (Path source : sources.toList()) {
                Files.copy(source, functions.resolve(source.getFileName()));
            }
        }
        System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, temp.resolve("config").toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        javafx.application.Application app = launch(stage, "--sd-root", repo.resolve("samples/data").toString(),
                "--data-dir", temp.resolve("cache").toString(), "--functions-dir", functions.toString(), "--port", "0", "--memory-limit", "1m");

        TableView<?> sources = robot.lookup("#sources-table").queryTableView();
        waitFor(() -> sources.getItems().size() >= 5);
        for (String name : List.of("file1.snappy.parquet", "trades.csv", "file1.json", "file2.json", "file3.json")) {
            robot.interact(() -> selectRow(sources, name));
        }
        robot.clickOn("#sources-load");
        waitFor(() -> robot.lookup("#sources-loads").<ListView<?>>query().getItems().size() == 5);
        Thread.sleep(1500);
        shoot(stage, "01-sources");

        robot.clickOn("#nav-cache");
        TableView<?> cache = robot.lookup("#cache-table").queryTableView();
        waitFor(() -> cache.getItems().size() == 5);
        robot.interact(() -> selectRow(cache, "file1.snappy.parquet"));
        shoot(stage, "02-cache");

        robot.clickOn("#cache-open");
        TableView<?> stats = robot.lookup("#item-stats").queryTableView();
        waitFor(() -> !stats.getItems().isEmpty());
        robot.interact(() -> selectRow(stats, "price"));
        waitFor(() -> robot.lookup("#item-chart .chart").tryQuery().isPresent());
        Thread.sleep(500);
        shoot(stage, "03-item-stats");

        robot.interact(() -> robot.lookup("#item-tabs").<TabPane>query().getSelectionModel().select(1));
        TableView<Integer> grid = robot.lookup("#preview-grid").queryTableView();
        waitFor(() -> !grid.getItems().isEmpty());
        robot.interact(() -> {
            TableColumn<Integer, ?> price = grid.getColumns().stream().filter(c -> c.getText().equals("price"))
                    .findFirst().orElseThrow();
            price.setSortType(TableColumn.SortType.DESCENDING);
            grid.getSortOrder().setAll(price);
        });
        Thread.sleep(1000);
        shoot(stage, "04-item-preview");

        robot.interact(() -> robot.lookup("#item-picker").<ComboBox<ItemKey>>query().setValue(ItemKey.of("sd", "file3.json")));
        waitFor(() -> robot.lookup("#item-json-tree").tryQuery().isPresent());
        robot.interact(() -> {
            TreeView<String> tree = robot.lookup("#item-json-tree").query();
            tree.getRoot().getChildren().forEach(child -> child.setExpanded(true));
        });
        shoot(stage, "05-item-json");

        robot.clickOn("#nav-functions");
        ListView<FunctionInfo> list = robot.lookup("#functions-list").queryListView();
        waitFor(() -> list.getItems().stream().anyMatch(f -> f.name().equals("vwap")));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(f -> f.name().equals("vwap")).findFirst().orElseThrow()));
        robot.clickOn("#functions-run");
        waitFor(() -> robot.lookup("#result-grid").tryQuery().isPresent());
        Thread.sleep(500);
        shoot(stage, "06-functions");

        robot.interact(() -> robot.lookup("#functions-tabs").<TabPane>query().getSelectionModel().select(1));
        robot.interact(() -> {
            robot.lookup("#editor-name").<TextInputControl>query().setText("greeting");
            TextInputControl source = robot.lookup("#editor-source").query();
            source.setText(source.getText().replace("context.remaining().toSeconds());", "context.remaining().toSeconds())")); // a compile error to show
        });
        robot.clickOn("#editor-deploy");
        waitFor(() -> !robot.lookup("#editor-errors").<ListView<?>>query().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#editor-errors").<ListView<?>>query().getSelectionModel().select(0));
        shoot(stage, "07-function-editor");

        robot.clickOn("#nav-server");
        waitFor(() -> robot.lookup("#server-url").queryLabeled().getText().startsWith("http"));
        String url = robot.lookup("#server-url").queryLabeled().getText();
        HttpClient http = HttpClient.newHttpClient();
        for (String target : List.of("/cache/api/v1.0/?function=create&path=reference/securities.csv",
                "/cache/api/v1.0/?function=read&path=file3.json", "/cache/api/v1.0/?function=cache_head",
                "/api/v1/items", "/cache/api/v1.0/?function=vwap&top=5", "/api/v1/items/missing.json", "/health")) {
            http.send(HttpRequest.newBuilder(URI.create(url + target)).build(), HttpResponse.BodyHandlers.discarding());
        }
        Thread.sleep(500);
        shoot(stage, "08-server");

        robot.clickOn("#nav-telemetry");
        Thread.sleep(3500);
        shoot(stage, "09-telemetry");

        robot.clickOn("#nav-memory");
        waitFor(() -> !robot.lookup("#memory-items").queryTableView().getItems().isEmpty());
        Thread.sleep(500);
        shoot(stage, "12-memory");

        robot.clickOn("#nav-sql");
        robot.interact(() -> robot.lookup("#sql-editor").<TextInputControl>query().setText("""
                SELECT security_type, count(*) AS trades, round(avg(price), 3) AS avg_price,
                       sum(quantity) AS quantity
                FROM "trades.csv"
                GROUP BY security_type
                ORDER BY trades DESC"""));
        robot.clickOn("#sql-run");
        waitFor(() -> robot.lookup("#sql-grid").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#sql-editor").<TextInputControl>query().setText("""
                SELECT cusip, price
                FROM "trades.csv"
                WHERE pricee > 100"""));
        robot.clickOn("#sql-run");
        waitFor(() -> !robot.lookup("#sql-error").queryLabeled().getText().isEmpty());
        Thread.sleep(500);
        shoot(stage, "13-sql");

        robot.clickOn("#nav-settings");
        waitFor(() -> Window.getWindows().size() > 1);
        Thread.sleep(500);
        Window dialog = Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
        shoot(dialog, "10-settings");
        robot.interact(() -> ((Stage) dialog).close());

        robot.clickOn("#nav-theme");
        robot.clickOn("#nav-cache");
        Thread.sleep(500);
        shoot(stage, "11-cache-dark");
        robot.clickOn("#nav-theme");
        FxToolkit.cleanupApplication(app);
    }

    /**
     * The console as the second member of a team: a headless member on the same samples holds some
     * of the items, and the Server screen lists both members with their figures.
     */
    @Test
    void teamMember() throws Exception {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        out = Path.of(System.getProperty("aside.screenshots", repo.resolve("docs/screenshots").toString()));
        Path temp = Files.createTempDirectory("aside-tour-team");
        List<Integer> ports = FreePorts.take(3);
        String members = "127.0.0.1:" + ports.get(0) + ",127.0.0.1:" + ports.get(1);
        try (HeadlessMember other = HeadlessMember.start(new ClusterSettings("tour", ports.get(1),
                List.of(members.split(",")), "127.0.0.1"), temp, repo.resolve("samples/data"), ports.get(2))) {
            String otherUrl = other.url();
            System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, temp.resolve("config").toString());
            Stage stage = FxToolkit.registerPrimaryStage();
            javafx.application.Application app = launch(stage, "--sd-root", repo.resolve("samples/data").toString(),
                    "--data-dir", temp.resolve("cache").toString(), "--port", "0", "--cluster-name", "tour",
                    "--cluster-port", String.valueOf(ports.get(0)), "--cluster-members", members);
            robot.clickOn("#nav-server");
            waitFor(() -> robot.lookup("#server-url").queryLabeled().getText().startsWith("http"));
            TableView<?> team = robot.lookup("#server-team-members").queryTableView();
            waitFor(() -> team.getItems().size() == 2);
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("file1.snappy.parquet", "trades.csv", "file1.json", "file2.json", "file3.json",
                    "reference/securities.csv")) {
                http.send(HttpRequest.newBuilder(URI.create(otherUrl + "/cache/api/v1.0/?function=create&path=" + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            Thread.sleep(2500); // the members' figures are published every second
            shoot(stage, "14-team-server");
            FxToolkit.cleanupApplication(app);
        }
    }

    /** Starts the console with {@code args} at the laptop size the screens are designed for. */
    private javafx.application.Application launch(Stage stage, String... args) throws Exception {
        javafx.application.Application app = FxToolkit.setupApplication(AsideApplication.class, args);
        waitFor(() -> stage.getScene() != null && robot.lookup("#sources-table").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        return app;
    }

    private static void selectRow(TableView<?> table, String firstCell) {
        for (int i = 0; i < table.getItems().size(); i++) {
            int row = i; // the Cache screen shows the path in its second column, after the storage
            if (table.getColumns().stream().limit(2).anyMatch(column -> firstCell.equals(column.getCellData(row)))) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
                return;
            }
        }
        throw new IllegalStateException("No row '" + firstCell + "' in " + table.getId());
    }

    private void shoot(Window window, String name) throws Exception {
        new WindowShots(out).shoot(window, name);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
