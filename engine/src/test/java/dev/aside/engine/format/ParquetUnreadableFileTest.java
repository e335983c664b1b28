package dev.aside.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.CorruptDataException;
import dev.aside.engine.UnsupportedFormatException;
import dev.aside.engine.bench.BondTrades;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, mislabelled and nested files fail with a typed error a person can act on. */
class ParquetUnreadableFileTest {

    @TempDir
    Path folder;

    @Test
    void read_truncatedFile_corruptNamingTheFile() throws Exception {
        Path whole = BondTrades.writeParquet(5_000, folder.resolve("whole.parquet"));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("truncated.parquet"), Arrays.copyOf(bytes, bytes.length / 2));

        CorruptDataException error = assertThrows(CorruptDataException.class, () -> ParquetTables.readTable(truncated));

        assertTrue(error.getMessage().contains("'truncated.parquet'"), error.getMessage());
    }

    @Test
    void read_damagedPages_corruptNamingTheFile() throws Exception {
        Path whole = BondTrades.writeParquet(5_000, folder.resolve("whole.parquet"));
        byte[] bytes = Files.readAllBytes(whole);
        // Overwrite the middle of the column data, keeping the footer intact.
        Arrays.fill(bytes, 100, bytes.length / 2, (byte) 0x5A);
        Path damaged = Files.write(folder.resolve("damaged.parquet"), bytes);

        CorruptDataException error = assertThrows(CorruptDataException.class, () -> ParquetTables.readTable(damaged));

        assertTrue(error.getMessage().contains("'damaged.parquet'"), error.getMessage());
    }

    @Test
    void read_textFileNamedParquet_corrupt() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.parquet"), "these are not the bytes you are looking for");

        CorruptDataException error = assertThrows(CorruptDataException.class,
                () -> FormatRegistry.standard().forPath(text.toString()).read(text));

        assertTrue(error.getMessage().contains("'notes.parquet'"), error.getMessage());
    }

    @Test
    void read_textFileNamedParquet_messageNamesNoInternalClassOrAddress() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.parquet"), "these are not the bytes you are looking for");

        CorruptDataException error = assertThrows(CorruptDataException.class, () -> ParquetTables.readTable(text));

        assertFalse(error.getMessage().contains("org.apache"), error.getMessage());
        assertFalse(error.getMessage().matches("(?s).*@[0-9a-f]{4,}.*"), error.getMessage());
    }

    @Test
    void read_nestedListColumn_unsupportedNamingColumnAndFix() throws Exception {
        Path file = DuckDbParquetFiles.copy(folder.resolve("nested.parquet"), "snappy",
                "SELECT i AS id, [i, i + 1] AS pair FROM range(10) t(i)");

        UnsupportedFormatException error = assertThrows(UnsupportedFormatException.class,
                () -> ParquetTables.readTable(file));

        assertTrue(error.getMessage().contains("'pair'"), error.getMessage());
        assertTrue(error.getMessage().contains("flatten"), error.getMessage());
    }

    @Test
    void read_lz4Compressed_unsupportedNamingCodec() throws Exception {
        Path file = DuckDbParquetFiles.copy(folder.resolve("lz4.parquet"), "lz4", "SELECT i AS id FROM range(10) t(i)");

        UnsupportedFormatException error = assertThrows(UnsupportedFormatException.class,
                () -> ParquetTables.readTable(file));

        assertEquals(true, error.getMessage().contains("LZ4"), error.getMessage());
    }
}
