package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs samples/scripts/curl-examples.sh, the documented tour of every API call, with real curl
 * against a real server over the sample data and functions: every call must answer without an error,
 * the data calls without the token (as the seed's scripts) and the code calls with ASIDE_TOKEN.
 */
class CurlExamplesScriptTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path temp;

    @Test
    void curlExamples_everyCallAnswersWithoutError() throws Exception {
        copy(SAMPLES.resolve("data"), temp.resolve("sor"));
        copy(SAMPLES.resolve("functions"), temp.resolve("functions"));
        try (RunningServer server = RunningServer.start(temp)) {
            ProcessBuilder builder = new ProcessBuilder("bash", SAMPLES.resolve("scripts/curl-examples.sh").toString(),
                    server.uri("").toString().replaceAll("/$", "")).redirectErrorStream(true);
            builder.environment().put("ASIDE_TOKEN", RunningServer.TOKEN);
            Process script = builder.start();
            String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(script.waitFor(2, TimeUnit.MINUTES));

            assertEquals(0, script.exitValue(), output);
            assertFalse(output.contains("\"error\""), output);
            assertTrue(output.contains("\"value\":\"hello analyst\""), output);
            assertTrue(output.contains("aside_http_requests_total"), output);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
