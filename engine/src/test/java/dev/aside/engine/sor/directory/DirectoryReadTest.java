package dev.aside.engine.sor.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ObjectNotFoundException;
import dev.aside.engine.SorUnavailableException;
import dev.aside.engine.sor.ObjectMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryReadTest {

    static final Instant MODIFIED = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    Path root;
    DirectorySystemOfRecord sor;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/sales.csv"), "region,amount\neu,1\n");
        Files.setLastModifiedTime(root.resolve("data/sales.csv"), FileTime.from(MODIFIED));
        sor = new DirectorySystemOfRecord(root);
    }

    @Test
    void stat_existingFile_returnsSizeModifiedAndStableEtag() {
        ObjectMeta meta = sor.stat("data/sales.csv");
        assertEquals(new ObjectMeta("data/sales.csv", 19, MODIFIED, meta.etag()), meta);
        assertEquals(meta, sor.stat("./data//sales.csv"));
    }

    @Test
    void stat_fileRewritten_etagChanges() throws IOException {
        ObjectMeta before = sor.stat("data/sales.csv");
        Files.writeString(root.resolve("data/sales.csv"), "region,amount\neu,2\n");
        Files.setLastModifiedTime(root.resolve("data/sales.csv"), FileTime.from(MODIFIED.plusSeconds(1)));
        ObjectMeta after = sor.stat("data/sales.csv");
        assertNotEquals(before.etag(), after.etag());
        assertTrue(after.differsFrom(before));
    }

    @Test
    void open_existingFile_streamsItsBytes() throws IOException {
        try (InputStream in = sor.open("data/sales.csv")) {
            assertArrayEquals("region,amount\neu,1\n".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }

    @Test
    void statAndOpen_missingFile_throwObjectNotFoundNamingThePath() {
        ObjectNotFoundException e = assertThrows(ObjectNotFoundException.class, () -> sor.stat("data/none.csv"));
        assertTrue(e.getMessage().contains("data/none.csv"), e.getMessage());
        assertThrows(ObjectNotFoundException.class, () -> sor.open("data/none.csv"));
        assertThrows(ObjectNotFoundException.class, () -> sor.open("nofolder/none.csv"));
        assertThrows(ObjectNotFoundException.class, () -> sor.stat("data/sales.csv/inner"));
    }

    @Test
    void statAndOpen_folder_throwObjectNotFound() {
        ObjectNotFoundException e = assertThrows(ObjectNotFoundException.class, () -> sor.stat("data"));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
        assertThrows(ObjectNotFoundException.class, () -> sor.open("data/"));
    }

    @Test
    void everyCall_rootMissing_throwsUnavailableNamingTheFolder() {
        Path missing = root.resolve("not-mounted");
        DirectorySystemOfRecord unmounted = new DirectorySystemOfRecord(missing);
        SorUnavailableException e = assertThrows(SorUnavailableException.class,
                () -> unmounted.list("", false, null, 10));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertThrows(SorUnavailableException.class, () -> unmounted.stat("data/sales.csv"));
        assertThrows(SorUnavailableException.class, () -> unmounted.open("data/sales.csv"));
    }

    @Test
    void everyCall_rootIsAFile_throwsUnavailable() {
        DirectorySystemOfRecord onFile = new DirectorySystemOfRecord(root.resolve("data/sales.csv"));
        assertThrows(SorUnavailableException.class, () -> onFile.stat("x"));
    }

    @Test
    void fromEnvironment_remoteStorage_isTheRoot() {
        DirectorySystemOfRecord fromEnv = DirectorySystemOfRecord.fromEnvironment(
                Map.of("REMOTE_STORAGE", root.toString()));
        assertEquals("sd", fromEnv.name());
        assertEquals(root.toAbsolutePath().normalize(), fromEnv.root());
        assertEquals(root.toAbsolutePath().normalize().toString(), fromEnv.describe());
    }

    @Test
    void fromEnvironment_remoteStorageMissing_rejectedNamingTheVariable() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> DirectorySystemOfRecord.fromEnvironment(Map.of()));
        assertTrue(e.getMessage().contains("REMOTE_STORAGE"), e.getMessage());
    }
}
