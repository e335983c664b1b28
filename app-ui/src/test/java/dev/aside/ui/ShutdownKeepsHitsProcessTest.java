package dev.aside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, section 2: the console closes its engine on SIGTERM, so hits and last access survive. */
class ShutdownKeepsHitsProcessTest {

    @TempDir
    Path temp;

    @Test
    @EnabledOnOs(OS.LINUX)
    void sigterm_afterReads_hitsAndLastAccessSurvive() throws Exception {
        Path sor = Files.createDirectories(temp.resolve("sor"));
        Files.writeString(sor.resolve("a.json"), "{\"a\": 1}");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + temp, "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true", Launcher.class.getName(),
                "--sd-root", sor.toString(), "--data-dir", temp.resolve("cache").toString(),
                "--functions-dir", temp.resolve("functions").toString(), "--port", String.valueOf(port)));
        Process console = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("console.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            boolean up = false;
            while (!up && System.nanoTime() < deadline) {
                try {
                    up = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(300);
                }
            }
            assertTrue(up, "the console's server never answered: " + Files.readString(temp.resolve("console.log")));
            for (int i = 0; i < 3; i++) {
                var read = http.send(HttpRequest.newBuilder(URI.create(base + "/cache/api/v1.0/?function=read&path=a.json"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, read.statusCode(), read.body());
            }
        } finally {
            console.destroy(); // SIGTERM
            assertTrue(console.waitFor(60, TimeUnit.SECONDS));
        }

        try (AsideEngine again = AsideEngine.open(EngineSettings.fromEnvironment(Map.of())
                .withCacheRoot(temp.resolve("cache")).withFunctionsDir(temp.resolve("functions")))) {
            ItemInfo info = again.cache().head(ItemKey.of("sd", "a.json")).orElseThrow();
            assertEquals(2, info.hits(), info.toString()); // the first read loaded it; two hits after
            assertNotNull(info.lastAccess());
        }
    }
}
