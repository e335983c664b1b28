package dev.aside.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token file is published whole, and a blank one left by an older crash is replaced. */
class TokenStoreTest {

    @TempDir
    Path temp;

    @Test
    void loadOrCreate_leavesOnlyTheOwnerOnlyTokenFile_noTempFiles() throws Exception {
        TokenStore store = new TokenStore(temp);
        String token = store.loadOrCreate().value();
        assertEquals(token + "\n", Files.readString(store.file()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(store.file()), files.toList());
        }
    }

    @Test
    void loadOrCreate_blankFileFromACrashedStart_isReplacedByANewToken() throws Exception {
        TokenStore store = new TokenStore(temp);
        Files.writeString(store.file(), " \n");
        TokenStore.Token token = store.loadOrCreate();
        assertTrue(token.created(), "shown on the console like any new token");
        assertTrue(token.value().length() >= 43);
        assertEquals(token.value() + "\n", Files.readString(store.file()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertEquals(token.value(), store.loadOrCreate().value());
    }
}
