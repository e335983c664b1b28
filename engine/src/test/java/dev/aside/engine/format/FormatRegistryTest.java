package dev.aside.engine.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.CorruptDataException;
import dev.aside.engine.UnsupportedFormatException;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatRegistryTest {

    @TempDir
    Path folder;

    private final FormatRegistry registry = FormatRegistry.standard();

    @Test
    void forPath_eachStandardExtension_matchingFormat() {
        assertEquals("parquet", registry.forPath("a/b/trades.parquet").name());
        assertEquals("parquet", registry.forPath("TRADES.PARQUET").name());
        assertEquals("csv", registry.forPath("trades.csv").name());
        assertEquals("json", registry.forPath("doc.json").name());
        assertEquals("bytes", registry.forPath("blob.bin").name());
        assertEquals(List.of(".bin", ".csv", ".json", ".parquet"), registry.supportedExtensions());
    }

    @Test
    void forPath_unknownExtension_messageListsSupportedOnes() {
        UnsupportedFormatException error = assertThrows(UnsupportedFormatException.class,
                () -> registry.forPath("data/file1.snappy.parq"));

        assertTrue(error.getMessage().contains("'.parq' is not supported"), error.getMessage());
        assertTrue(error.getMessage().contains("'data/file1.snappy.parq'"), error.getMessage());
        assertTrue(error.getMessage().contains(".bin, .csv, .json, .parquet"), error.getMessage());
    }

    @Test
    void read_jsonArray_collectionTree() throws Exception {
        Path file = Files.writeString(folder.resolve("doc.json"), "[{\"cusip\":\"912828ZT0\"},{\"cusip\":\"38141GXZ2\"}]");

        JsonValue value = assertInstanceOf(JsonValue.class, registry.forPath(file.toString()).read(file));

        assertEquals(2, value.rows());
        assertEquals("38141GXZ2", value.json().get(1).get("cusip").asText());
    }

    @Test
    void read_brokenJson_corruptWithLine() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\"a\": [1, 2}\n");

        CorruptDataException error = assertThrows(CorruptDataException.class,
                () -> registry.forPath(file.toString()).read(file));

        assertTrue(error.getMessage().contains("line 1"), error.getMessage());
    }

    @Test
    void read_binFile_sameBytes() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xFF};
        Path file = Files.write(folder.resolve("blob.bin"), bytes);

        BytesValue value = assertInstanceOf(BytesValue.class, registry.forPath(file.toString()).read(file));

        assertArrayEquals(bytes, value.bytes());
    }
}
