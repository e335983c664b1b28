package dev.aside.ui.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSamplesTest {

    @TempDir
    Path temp;

    @Test
    void installFunctionsOnce_firstStart_installsTheThreeSamplesOnceOnly() throws Exception {
        Path functions = temp.resolve("functions");

        assertTrue(BundledSamples.installFunctionsOnce(functions));
        for (String name : new String[] {"vwap.java", "top_movers.java", "large_trades.java"}) {
            assertTrue(Files.isRegularFile(functions.resolve(name)), name);
        }
        Files.delete(functions.resolve("vwap.java")); // the analyst removed one

        assertFalse(BundledSamples.installFunctionsOnce(functions));
        assertFalse(Files.exists(functions.resolve("vwap.java")), "a deleted sample stays deleted");
    }

    @Test
    void extractData_copiesTheSampleFiles() {
        Path data = BundledSamples.extractData(temp.resolve("samples"));

        assertTrue(Files.isRegularFile(data.resolve("trades.csv")));
        assertTrue(Files.isRegularFile(data.resolve("file1.json")));
    }
}
