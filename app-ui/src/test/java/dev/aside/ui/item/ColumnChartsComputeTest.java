package dev.aside.ui.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;

/** The chart computations themselves: categories through the string dictionary, and stopping when cancelled. */
class ColumnChartsComputeTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void categories_countedPerValue_mostFrequentFirst_missingLeftOut() {
        StringColumn side = StringColumn.create("side");
        for (int i = 0; i < 1000; i++) {
            side.append(i % 10 == 0 ? "" : i % 3 == 0 ? "SELL" : "BUY");
        }
        List<ChartData.Bar> bars = ColumnCharts.chart(side).bars();
        assertEquals(List.of(new ChartData.Bar("BUY", 600), new ChartData.Bar("SELL", 300)), bars);
    }

    @Test
    void chart_onACancelledTask_stopsInsteadOfFinishing() {
        DoubleColumn prices = DoubleColumn.create("price", new double[200_000]);
        Thread.currentThread().interrupt(); // what BackgroundTask.cancel does to its worker
        assertThrows(CancellationException.class, () -> ColumnCharts.chart(prices));
    }
}
