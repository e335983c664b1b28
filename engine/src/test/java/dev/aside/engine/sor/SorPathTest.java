package dev.aside.engine.sor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.InvalidPathException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SorPathTest {

    @ParameterizedTest
    @CsvSource({
        "data/sales.parquet, data/sales.parquet",
        "./data/sales.parquet, data/sales.parquet",
        "data//2024///sales.csv, data/2024/sales.csv",
        "data/./2024/./sales.csv, data/2024/sales.csv",
        "data/2024/, data/2024",
        "a..b/..c/d.., a..b/..c/d..",
        "50% off.csv, 50% off.csv",
        "über/日本.json, über/日本.json",
        "time:12:00.csv, time:12:00.csv",
    })
    void normalize_safePath_returnsCleanRelativePath(String path, String expected) {
        assertEquals(expected, SorPath.normalize(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {".", "./", ".//", "./././"})
    void normalize_emptyPath_rejected(String path) {
        assertRejected(path, "empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "//server/share/x", "//"})
    void normalize_absolutePath_rejected(String path) {
        assertRejected(path, "absolute");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\x", "c:/windows/win.ini", "C:x", "\\\\server\\share", "..\\x", "a\\b"})
    void normalize_windowsPath_rejected(String path) {
        assertThrows(InvalidPathException.class, () -> SorPath.normalize(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../x", "a/../../x", "a/..", "a/../b", "./../x", "...", "a/. ./b", "a/.. /b",
            "\uFF0E\uFF0E/x", "a/\uFF0E\uFF0E", "a\uFF0Fb"})
    void normalize_dotDotSegment_rejected(String path) {
        assertThrows(InvalidPathException.class, () -> SorPath.normalize(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2e%2e/x", "%2E%2E/x", "a/%2f/b", "..%2fx", "%252e%252e/x", "a%5cb", "%00"})
    void normalize_percentEscape_rejected(String path) {
        assertRejected(path, "percent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\nb", "a\rb", "a\tb", "a\u007fb", "a\u0085b"})
    void normalize_controlCharacter_rejected(String path) {
        assertRejected(path, "control");
    }

    @Test
    void normalize_tooLong_rejected() {
        assertRejected("a".repeat(1025), "longer");
    }

    @Test
    void normalize_rejected_messageSaysWhatIsAllowedAndShowsControlCharsEscaped() {
        InvalidPathException e = assertThrows(InvalidPathException.class, () -> SorPath.normalize("a\u0000/../b"));
        assertTrue(e.getMessage().contains("'a\\u0000/../b'"), e.getMessage());
        assertTrue(e.getMessage().contains("relative path with forward slashes"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(value = {
        "'', ''",
        "./, ''",
        "data, data",
        "data/, data/",
        "./data//2024/, data/2024/",
        "data/., data/",
        "data/sa, data/sa",
    })
    void normalizePrefix_keepsFolderSlashAndAllowsRoot(String prefix, String expected) {
        assertEquals(expected, SorPath.normalizePrefix(prefix));
    }

    @Test
    void normalizePrefix_null_isRoot() {
        assertEquals("", SorPath.normalizePrefix(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../", "/data/", "%2e%2e/", "a\\"})
    void normalizePrefix_unsafe_rejected(String prefix) {
        assertThrows(InvalidPathException.class, () -> SorPath.normalizePrefix(prefix));
    }

    private static void assertRejected(String path, String reason) {
        InvalidPathException e = assertThrows(InvalidPathException.class, () -> SorPath.normalize(path));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
