package dev.aside.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.CorruptDataException;
import dev.aside.engine.value.TableValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class CsvFormatTest {

    @TempDir
    Path folder;

    private final ValueFormat csv = FormatRegistry.standard().forPath("trades.csv");

    @Test
    void read_headerAndRows_typesInferred() throws Exception {
        Path file = Files.writeString(folder.resolve("trades.csv"), """
                cusip,price,trade_date,quantity
                912828ZT0,99.5,2024-01-02,1000
                38141GXZ2,,2024-01-03,2500
                """);

        Table table = assertInstanceOf(TableValue.class, csv.read(file)).table();

        assertEquals(2, table.rowCount());
        assertEquals(ColumnType.STRING, table.column("cusip").type());
        assertEquals(ColumnType.DOUBLE, table.column("price").type());
        assertEquals(ColumnType.LOCAL_DATE, table.column("trade_date").type());
        assertEquals(1, table.column("price").countMissing());
        assertEquals(LocalDate.of(2024, 1, 3), table.dateColumn("trade_date").get(1));
    }

    @Test
    void read_rowWithExtraFields_corruptSayingWhatToFix() throws Exception {
        Path file = Files.writeString(folder.resolve("ragged.csv"), """
                a,b
                1,2
                3,4,5,6
                """);

        CorruptDataException error = assertThrows(CorruptDataException.class, () -> csv.read(file));

        assertTrue(error.getMessage().contains("'ragged.csv'"), error.getMessage());
        assertTrue(error.getMessage().contains("as many fields as the header"), error.getMessage());
    }

    @Test
    void read_emptyFile_corruptAskingForHeader() throws Exception {
        Path file = Files.writeString(folder.resolve("empty.csv"), "");

        CorruptDataException error = assertThrows(CorruptDataException.class, () -> csv.read(file));

        assertTrue(error.getMessage().contains("header"), error.getMessage());
    }
}
