package dev.aside.ui.common.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.ui.testing.SyncConsole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Export from a grid writes what the analyst sees: the filtered rows in the sorted order. */
class ExportShownTest {

    @TempDir
    Path temp;
    private SyncConsole console;

    @BeforeEach
    void open() {
        console = new SyncConsole(temp);
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void exportShown_filteredAndSorted_writesThoseRowsInThatOrder() throws Exception {
        TableGridModel grid = new TableGridModel(console.context(), Table.create("trades",
                DoubleColumn.create("price", 99.5, 120.0, 101.25, 130.0),
                StringColumn.create("side", "BUY", "SELL", "SELL", "BUY")));
        grid.filter("price>100");
        grid.sort("price", false);
        console.dialogs().saveTo = temp.resolve("shown.csv");

        grid.exportShown();

        // the engine's one CSV writer, as REST and Export: RFC 4180 line ends
        assertEquals("price,side\r\n130.0,BUY\r\n120.0,SELL\r\n101.25,SELL\r\n", Files.readString(temp.resolve("shown.csv")));
    }
}
