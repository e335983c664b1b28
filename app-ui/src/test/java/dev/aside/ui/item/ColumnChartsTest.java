package dev.aside.ui.item;

import dev.aside.engine.ItemKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.value.TableValue;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Stats tab's chart area: honest while computing, kept once computed, dates counted per day or month. */
class ColumnChartsTest {

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture();

    private static Table trades(int rows) {
        double[] prices = new double[rows];
        String[] sides = new String[rows];
        LocalDate[] dates = new LocalDate[rows];
        for (int i = 0; i < rows; i++) {
            prices[i] = 90 + i % 20;
            sides[i] = i % 3 == 0 ? "SELL" : "BUY";
            dates[i] = i % 10 == 9 ? null : LocalDate.of(2024, 1, 1).plusDays(i % 3);
        }
        return Table.create("trades", DoubleColumn.create("price", prices), StringColumn.create("side", sides),
                DateColumn.create("trade_date", dates));
    }

    private TableView<ColumnStats> open(FxRobot robot) throws Exception {
        console.cache().put(ItemKey.written("desk/trades"), new TableValue(trades(3000)));
        robot.interact(() -> console.context().selection().open(ItemKey.written("desk/trades")));
        console.await(15, () -> robot.lookup("#item-stats").tryQuery().isPresent());
        TableView<ColumnStats> stats = stats(robot);
        console.await(15, () -> stats.getItems().size() == 3 && chart(robot) != null);
        return stats;
    }

    private static TableView<ColumnStats> stats(FxRobot robot) {
        return robot.lookup("#item-stats").queryTableView();
    }

    private static BarChart<?, ?> chart(FxRobot robot) {
        Node shown = robot.lookup("#item-chart").<BorderPane>query().getCenter();
        return shown instanceof BarChart<?, ?> chart ? chart : null;
    }

    @Test
    void selectAnotherColumn_chartAreaSaysComputing_neverThePreviousChart() throws Exception {
        FxRobot robot = console.show(Screen.ITEM);
        TableView<ColumnStats> stats = open(robot);
        assertTrue(chart(robot).getTitle().contains("price"));

        Node[] shownRightAfter = new Node[1];
        robot.interact(() -> {
            stats.getSelectionModel().select(1);
            shownRightAfter[0] = robot.lookup("#item-chart").<BorderPane>query().getCenter();
        });
        assertTrue(shownRightAfter[0] instanceof Label, "the price chart must not stay under 'side': " + shownRightAfter[0]);
        assertEquals("Computing the chart of side over 3,000 rows…", ((Label) shownRightAfter[0]).getText());
        console.await(10, () -> chart(robot) != null && chart(robot).getTitle().contains("side"));
    }

    @Test
    void chartsAndStats_keptPerItemVersion_shownAtOnceWhenComingBack() throws Exception {
        FxRobot robot = console.show(Screen.ITEM);
        TableView<ColumnStats> stats = open(robot);
        robot.interact(() -> stats.getSelectionModel().select(1));
        console.await(10, () -> chart(robot) != null && chart(robot).getTitle().contains("side"));

        BarChart<?, ?>[] back = new BarChart<?, ?>[1];
        robot.interact(() -> {
            stats.getSelectionModel().select(0);
            back[0] = chart(robot);
        });
        assertNotNull(back[0], "price was charted before: shown without computing again");
        assertTrue(back[0].getTitle().contains("price"));

        console.cache().put(ItemKey.written("desk/trades"), new TableValue(trades(10)));
        robot.interact(() -> console.context().selection().open(null));
        robot.interact(() -> console.context().selection().open(ItemKey.written("desk/trades")));
        console.await(15, () -> !stats(robot).getItems().isEmpty() && stats(robot).getItems().get(0).count() == 10);
        assertTrue(chart(robot) == null || chart(robot).getTitle().contains("price"),
                "a new version (put again) is profiled afresh, not served from the old one");
    }

    @Test
    void dateChart_countsPerDay_missingDatesLeftOut() throws Exception {
        FxRobot robot = console.show(Screen.ITEM);
        TableView<ColumnStats> stats = open(robot);
        robot.interact(() -> stats.getSelectionModel().select(2));
        console.await(10, () -> chart(robot) != null && chart(robot).getTitle().contains("trade_date"));
        XYChart.Series<?, ?> series = chart(robot).getData().get(0);
        assertEquals(3, series.getData().size());
        assertEquals("2024-01-01", series.getData().get(0).getXValue());
        long total = series.getData().stream().mapToLong(d -> ((Number) d.getYValue()).longValue()).sum();
        assertEquals(2700, total, "one row in ten has no date");
    }
}
