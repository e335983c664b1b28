package dev.aside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a real process: no display, no window machinery; --headless serves REST alone. */
class LauncherProcessTest {

    @TempDir
    Path temp;

    private Process launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + temp, Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        return builder.start();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void noDisplayWithoutHeadless_oneClearLineAndNonZeroExit() throws Exception {
        Process process = launch();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(Launcher.NO_DISPLAY, output.strip());
        assertEquals(3, process.exitValue());
    }

    @Test
    void headless_servesRestWithoutAWindow() throws Exception {
        Process process = launch("--headless", "--port", "0", "--data-dir", temp.resolve("cache").toString(),
                "--functions-dir", temp.resolve("functions").toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String listening = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (listening == null && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("listening on ")) {
                    listening = line.substring("listening on ".length());
                }
            }
            assertTrue(listening != null && listening.startsWith("http://127.0.0.1:"), "no ready line");
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(listening + "/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
