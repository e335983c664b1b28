package dev.aside.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFolderLockTest {

    @TempDir
    Path temp;

    @Test
    void tryAcquire_folderHeld_isRefusedUntilReleased() {
        Optional<CacheFolderLock> first = CacheFolderLock.tryAcquire(temp);
        assertTrue(first.isPresent());

        assertTrue(CacheFolderLock.tryAcquire(temp).isEmpty(), "a second console on the same folder is refused");

        first.get().close();
        Optional<CacheFolderLock> again = CacheFolderLock.tryAcquire(temp);
        assertTrue(again.isPresent());
        again.get().close();
    }
}
