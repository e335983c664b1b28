package dev.aside.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.CacheStorageException;
import dev.aside.engine.InvalidPathException;
import org.junit.jupiter.api.Test;

/** A failing disk tier answers 500 without the server's folder; the caller's own 4xx messages are kept. */
class StorageErrorMessageTest {

    @Test
    void storageFailure_is500_withoutTheServersPath() {
        ApiError error = ErrorMapping.forEngine(new CacheStorageException(
                "Cannot write 'file1.json' to the cache folder /srv/aside/cache: No space left on device."));
        assertEquals(500, error.status());
        assertEquals("cache_storage", error.type());
        assertFalse(error.message().contains("/srv/aside"), error.message());
        assertTrue(error.message().contains("server log"), error.message());
    }

    @Test
    void invalidPath_keepsTheCallersPath() {
        ApiError error = ErrorMapping.forEngine(new InvalidPathException("'../etc/passwd' leaves the SOR root."));
        assertEquals(400, error.status());
        assertTrue(error.message().contains("../etc/passwd"));
    }
}
