package dev.aside.engine.sor.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.InvalidPathException;
import dev.aside.engine.sor.ObjectMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing outside the root can be read, listed or probed, by path tricks or by links. */
class DirectoryPathSafetyTest {

    @TempDir
    Path temp;
    Path root;
    DirectorySystemOfRecord sor;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(temp.resolve("root"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/inside.txt"), "inside");
        Files.createSymbolicLink(root.resolve("escape.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("escape-dir"), outside);
        Files.createSymbolicLink(root.resolve("alias.txt"), root.resolve("data/inside.txt"));
        sor = new DirectorySystemOfRecord(root);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "data/../../secret.txt", "/etc/passwd", "..\\secret.txt",
            "%2e%2e/secret.txt", "%252e%252e/secret.txt", "..%2fsecret.txt", "data/\u0000", "C:\\secret.txt",
            "\\\\server\\share\\secret.txt", "", "./"})
    void statAndOpen_traversalVariants_rejected(String path) {
        assertThrows(InvalidPathException.class, () -> sor.stat(path));
        assertThrows(InvalidPathException.class, () -> sor.open(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../", "../outside/", "/", "%2e%2e/"})
    void list_traversalPrefix_rejected(String prefix) {
        assertThrows(InvalidPathException.class, () -> sor.list(prefix, false, null, 10));
    }

    @Test
    void statAndOpen_symlinkLeadingOutside_rejected() {
        InvalidPathException e = assertThrows(InvalidPathException.class, () -> sor.open("escape.txt"));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertThrows(InvalidPathException.class, () -> sor.stat("escape-dir/secret.txt"));
    }

    @Test
    void list_symlinkedFolderLeadingOutside_rejected() {
        assertThrows(InvalidPathException.class, () -> sor.list("escape-dir/", false, null, 10));
    }

    @Test
    void list_symlinksLeadingOutside_areNotListed() {
        List<String> all = sor.list("", false, null, 1000).objects().stream().map(ObjectMeta::path).toList();
        assertEquals(List.of("alias.txt", "data/inside.txt"), all);
        assertEquals(List.of("data/"), sor.list("", true, null, 1000).folders());
    }

    @Test
    void open_symlinkInsideRoot_servesItsTarget() throws IOException {
        try (InputStream in = sor.open("alias.txt")) {
            assertArrayEquals("inside".getBytes(), in.readAllBytes());
        }
    }
}
