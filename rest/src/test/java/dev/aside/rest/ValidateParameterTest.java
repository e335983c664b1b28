package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.engine.testing.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate=true} reloads an item whose source changed; without it the cached copy is served. */
class ValidateParameterTest {

    private static final String READ = "/cache/api/v1.0/?function=read&path=prices.json";

    @TempDir
    Path temp;

    @Test
    void read_validateTrue_reloadsChangedSource() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("prices.json", "{\"px\": 100}");
            assertEquals(100, SeedCurlCompatibilityTest.ok(server.get(READ)).at("/return/value/px").asInt());
            TestFiles.change(server.sorRoot(), "prices.json", "{\"px\": 101}");

            assertEquals(100, SeedCurlCompatibilityTest.ok(server.get(READ)).at("/return/value/px").asInt());
            assertEquals(101, SeedCurlCompatibilityTest.ok(server.get(READ + "&validate=true")).at("/return/value/px").asInt());
            assertEquals(101, SeedCurlCompatibilityTest.ok(server.get(READ)).at("/return/value/px").asInt());
        }
    }
}
