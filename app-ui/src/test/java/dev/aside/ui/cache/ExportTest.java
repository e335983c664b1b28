package dev.aside.ui.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.ItemKey;
import dev.aside.engine.format.ParquetTables;
import dev.aside.engine.value.TableValue;
import dev.aside.ui.common.Notification;
import dev.aside.ui.testing.SyncConsole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Export through the view model, with its tasks run synchronously and the save dialog at the edge. */
class ExportTest {

    @TempDir
    Path temp;
    private SyncConsole console;
    private CacheViewModel model;

    @BeforeEach
    void open() {
        console = new SyncConsole(temp);
        console.context().cache().put(ItemKey.written("desk/trades"), new TableValue(Table.create("trades",
                IntColumn.create("id", 1, 2), DoubleColumn.create("price", 99.5, 101.25),
                StringColumn.create("side", "BUY", "SELL"))));
        model = new CacheViewModel(console.context());
    }

    @AfterEach
    void close() {
        model.close();
        console.close();
    }

    private CacheRow row() {
        return model.rows().stream().filter(r -> r.key().equals(ItemKey.written("desk/trades"))).findFirst().orElseThrow();
    }

    @Test
    void export_tableAsCsvJsonAndParquet_writesTheRows() throws Exception {
        console.dialogs().saveTo = temp.resolve("trades.csv");
        model.export(row(), ExportFormat.CSV);
        assertEquals("id,price,side\n1,99.5,BUY\n2,101.25,SELL\n", Files.readString(temp.resolve("trades.csv")));

        console.dialogs().saveTo = temp.resolve("trades.json");
        model.export(row(), ExportFormat.JSON);
        var json = new ObjectMapper().readTree(temp.resolve("trades.json").toFile());
        assertEquals(2, json.size());
        assertEquals(1, json.get(0).get("id").intValue());
        assertTrue(json.get(0).get("id").isIntegralNumber());
        assertEquals(101.25, json.get(1).get("price").doubleValue());

        console.dialogs().saveTo = temp.resolve("trades.parquet");
        model.export(row(), ExportFormat.PARQUET);
        Table back = ParquetTables.readTable(temp.resolve("trades.parquet"));
        assertEquals(2, back.rowCount());
        assertEquals("SELL", back.stringColumn("side").get(1));
        assertTrue(console.dialogs().notifications.stream().allMatch(n -> n.level() == Notification.Level.INFO),
                () -> console.dialogs().notifications.toString());
    }

    @Test
    void export_cancelledDialog_writesNothing() {
        console.dialogs().saveTo = null;
        model.export(row(), ExportFormat.CSV);
        assertTrue(console.dialogs().notifications.isEmpty());
    }

    @Test
    void exportFormats_followTheKind() {
        assertEquals(java.util.List.of(ExportFormat.CSV, ExportFormat.PARQUET, ExportFormat.JSON), model.exportFormats(row()));
    }
}
