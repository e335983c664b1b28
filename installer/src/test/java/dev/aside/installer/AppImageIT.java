package dev.aside.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux app image as a person would use it on a server: its own launcher with {@code --headless},
 * on a free port, with no folder given so that it falls back on the samples bundled in the image; real HTTP calls; SIGTERM to stop. Prints the
 * image size and the seconds from launch to the first HTTP answer, and writes both to
 * {@code target/installer-report.txt}.
 */
@EnabledOnOs(OS.LINUX)
class AppImageIT {

    private static final String API = "/cache/api/v1.0/";
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(20);
    /** The JVM's status after a SIGTERM whose shutdown hooks all returned. */
    private static final int SIGTERM_STATUS = 128 + 15;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void headlessLauncher_servesBundledSamples_andStopsCleanlyOnSigterm() throws Exception {
        Path image = Path.of(System.getProperty("aside.image"));
        Path launcher = image.resolve("bin").resolve("Aside");
        Path samples = image.resolve("lib").resolve("app").resolve("samples").resolve("data");
        assertTrue(Files.isExecutable(launcher), "no launcher at " + launcher);
        assertTrue(Files.isRegularFile(samples.resolve("file1.snappy.parquet")), "no samples at " + samples);
        double imageMb = sizeInBytes(image) / (1024.0 * 1024.0);

        int port = freePort();
        Path log = temp.resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--headless", "--port", Integer.toString(port),
                "--data-dir", temp.resolve("cache").toString()) // no --sd-root: it must find the image's samples
                .directory(temp.toFile()) // away from the repository, whose samples/data would also be found
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        isolate(builder.environment());
        long launched = System.nanoTime();
        Process process = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitFirstAnswer(process, base, log);
            double startSeconds = (System.nanoTime() - launched) / 1e9;

            JsonNode created = getJson(base + API + "?function=create&path=file1.snappy.parquet");
            assertEquals("success", created.at("/return/value/result").asText(), created.toString());
            assertEquals("file1.snappy.parquet", created.at("/return/path").asText(), created.toString());

            JsonNode stats = getJson(base + API + "?function=cache_item_stats&key=file1.snappy.parquet");
            assertTrue(stats.at("/return/value").isObject(), stats.toString());
            assertEquals("file1.snappy.parquet", stats.at("/return/value/key").asText(), stats.toString());

            report(imageMb, startSeconds);
        } finally {
            process.destroy();
        }
        assertTrue(process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS),
                "still running " + STOP_LIMIT.toSeconds() + " s after SIGTERM:\n" + read(log));
        String output = read(log);
        assertTrue(List.of(0, SIGTERM_STATUS).contains(process.exitValue()),
                "exit status " + process.exitValue() + " after SIGTERM:\n" + output);
        assertFalse(output.contains("Exception"), "an exception in the launcher's output:\n" + output);
    }

    /** No S3 or folder settings from the machine running the build; a home of its own for caches. */
    private void isolate(Map<String, String> env) throws IOException {
        env.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("LOCAL_")
                || name.equals("REMOTE_STORAGE") || name.startsWith("ASIDE_"));
        env.put("HOME", Files.createDirectories(temp.resolve("home")).toString());
    }

    /** Polls until the server answers any HTTP request; fails at once if the launcher exits. */
    private void awaitFirstAnswer(Process process, String base, Path log) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the launcher exited with status " + process.exitValue() + " before answering:\n" + read(log));
            }
            try {
                http.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (ConnectException | HttpTimeoutException notYet) {
                Thread.sleep(100);
            }
        }
        fail("no HTTP answer within " + START_LIMIT.toSeconds() + " s:\n" + read(log));
    }

    private JsonNode getJson(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + " -> " + response.body());
        return json.readTree(response.body());
    }

    private static void report(double imageMb, double startSeconds) throws IOException {
        String text = String.format(Locale.ROOT, "app image size: %.1f MB%nstart-up to first HTTP answer: %.2f s%n",
                imageMb, startSeconds);
        System.out.print(text);
        Files.writeString(Path.of(System.getProperty("aside.report")), text, StandardCharsets.UTF_8);
    }

    private static long sizeInBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
