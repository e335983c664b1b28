package dev.aside.engine.sor.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryListTest {

    @TempDir
    Path root;
    DirectorySystemOfRecord sor;

    @BeforeEach
    void setUp() throws IOException {
        for (String key : List.of("a.csv", "a-b.csv", "a/b.csv", "a/c/d.json", "b/e.parquet", "sales/2024.csv",
                "sales/2025.csv", "salesforce.json")) {
            write(key, key);
        }
        Files.createDirectories(root.resolve("empty"));
        sor = new DirectorySystemOfRecord(root);
    }

    @Test
    void list_rootNotDelimited_returnsAllFilesRecursivelyInKeyOrder() {
        ObjectPage page = sor.list("", false, null, 1000);
        assertEquals(List.of("a-b.csv", "a.csv", "a/b.csv", "a/c/d.json", "b/e.parquet", "sales/2024.csv",
                "sales/2025.csv", "salesforce.json"), paths(page));
        assertEquals(List.of(), page.folders());
        assertNull(page.nextToken());
    }

    @Test
    void list_rootDelimited_returnsFilesAndFoldersOfOneLevel() {
        ObjectPage page = sor.list("", true, null, 1000);
        assertEquals(List.of("a-b.csv", "a.csv", "salesforce.json"), paths(page));
        assertEquals(List.of("a/", "b/", "empty/", "sales/"), page.folders());
    }

    @Test
    void list_folderPrefixDelimited_returnsThatFoldersChildren() {
        ObjectPage page = sor.list("a/", true, null, 1000);
        assertEquals(List.of("a/b.csv"), paths(page));
        assertEquals(List.of("a/c/"), page.folders());
    }

    @Test
    void list_partialNamePrefix_matchesKeysStartingWithIt() {
        assertEquals(List.of("sales/2024.csv", "sales/2025.csv", "salesforce.json"),
                paths(sor.list("sales", false, null, 1000)));
        ObjectPage delimited = sor.list("sales", true, null, 1000);
        assertEquals(List.of("salesforce.json"), paths(delimited));
        assertEquals(List.of("sales/"), delimited.folders());
        assertEquals(List.of("sales/2025.csv"), paths(sor.list("sales/2025", false, null, 1000)));
    }

    @Test
    void list_uncleanPrefix_isNormalized() {
        assertEquals(List.of("a/c/d.json"), paths(sor.list("./a//c/", false, null, 1000)));
    }

    @Test
    void list_missingFolder_returnsEmptyPage() {
        ObjectPage page = sor.list("nothing/here/", false, null, 10);
        assertTrue(page.objects().isEmpty());
        assertFalse(page.hasMore());
    }

    @Test
    void list_smallPages_pagesThroughAllWithTokens() {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ObjectPage page = sor.list("", false, token, 3);
            assertTrue(page.objects().size() <= 3);
            seen.addAll(paths(page));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(paths(sor.list("", false, null, 1000)), seen);
        assertEquals(3, pages);
    }

    @Test
    void list_delimitedPages_countFoldersAndObjectsTogether() {
        ObjectPage first = sor.list("", true, null, 4);
        assertEquals(List.of("a-b.csv", "a.csv"), paths(first));
        assertEquals(List.of("a/", "b/"), first.folders());
        ObjectPage second = sor.list("", true, first.nextToken(), 4);
        assertEquals(List.of("salesforce.json"), paths(second));
        assertEquals(List.of("empty/", "sales/"), second.folders());
        assertNull(second.nextToken());
    }

    @Test
    void list_exactlyOnePageOfObjects_hasNoNextToken() {
        ObjectPage page = sor.list("sales/", false, null, 2);
        assertEquals(2, page.objects().size());
        assertNull(page.nextToken());
    }

    @Test
    void list_objects_carrySizeAndEtag() throws IOException {
        ObjectMeta meta = sor.list("a/c/", false, null, 10).objects().get(0);
        assertEquals(Files.size(root.resolve("a/c/d.json")), meta.size());
        assertEquals(sor.stat("a/c/d.json"), meta);
    }

    @Test
    void list_pageSizeOutOfRange_rejected() {
        assertThrows(InvalidParameterException.class, () -> sor.list("", false, null, 0));
        assertThrows(InvalidParameterException.class, () -> sor.list("", false, null, 1001));
    }

    @Test
    void list_thousandsOfFiles_pagesThroughAllWithTokens() throws IOException {
        for (int i = 0; i < 2500; i++) {
            write(String.format("many/%02d/%05d.bin", i % 10, i), "x");
        }
        int total = 0;
        String previous = "";
        String token = null;
        do {
            ObjectPage page = sor.list("many/", false, token, 1000);
            for (ObjectMeta meta : page.objects()) {
                assertTrue(meta.path().compareTo(previous) > 0, meta.path() + " after " + previous);
                previous = meta.path();
            }
            total += page.objects().size();
            token = page.nextToken();
        } while (token != null);
        assertEquals(2500, total);
    }

    private void write(String key, String content) throws IOException {
        Path file = root.resolve(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static List<String> paths(ObjectPage page) {
        return page.objects().stream().map(ObjectMeta::path).toList();
    }
}
