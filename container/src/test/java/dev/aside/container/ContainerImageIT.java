package dev.aside.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The image Jib wrote to target/, loaded into podman and run the way README "Container image" says: the bundled
 * samples are the drive SOR, the server binds 0.0.0.0 inside the container with an access token, and its port is
 * published on 127.0.0.1 only. Then SIGTERM stops it.
 */
@TestMethodOrder(OrderAnnotation.class)
class ContainerImageIT {

    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(2);
    /** Generous: the JVM starts inside the container on a shared 2-core machine. */
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final String TOKEN = UUID.randomUUID().toString();
    private static final String NAME = "aside-it-" + ProcessHandle.current().pid();
    private static final String IMAGE = System.getProperty("aside.image");
    private static final Path SAMPLES = Path.of(System.getProperty("aside.samples"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String baseUrl;

    @BeforeAll
    static void startContainer() throws Exception {
        Podman.run(COMMAND_LIMIT, "load", "--quiet", "--input", System.getProperty("aside.image.tar"));
        int port = freeLoopbackPort();
        baseUrl = "http://127.0.0.1:" + port;
        Podman.run(COMMAND_LIMIT, "run", "--detach", "--name", NAME,
                // runc, not crun: crun refuses hosts with the hybrid cgroup v1/v2 layout, runc takes both.
                "--runtime", "runc",
                // Podman's defaults raise these past what a host without CAP_SYS_RESOURCE may grant.
                "--ulimit", "nofile=4096:4096", "--ulimit", "nproc=4096:4096",
                "--publish", "127.0.0.1:" + port + ":5000",
                IMAGE, "--token", TOKEN);
        awaitHealth();
    }

    @AfterAll
    static void removeContainerAndImage() {
        Podman.attempt(COMMAND_LIMIT, "rm", "--force", "--volumes", NAME);
        Podman.attempt(COMMAND_LIMIT, "rmi", "--force", IMAGE);
    }

    @Test
    @Order(1)
    void health_withoutToken_answersUpWithTheDriveSor() throws Exception {
        HttpResponse<String> response = get("/health", null);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode health = JSON.readTree(response.body());
        assertEquals("up", health.path("status").asText(), response.body());
        assertTrue(health.path("storages").toString().contains("\"sd\""), response.body());
    }

    @Test
    @Order(2)
    void read_withoutTokenFromOutsideTheContainer_refused() throws Exception {
        HttpResponse<String> response = get("/cache/api/v1.0/?function=read&path=file1.json", null);

        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    @Order(3)
    void createThenRead_sampleJson_returnsTheFileContent() throws Exception {
        HttpResponse<String> created = get("/cache/api/v1.0/?function=create&path=file1.json", TOKEN);
        assertEquals(200, created.statusCode(), created.body());
        assertEquals("success", JSON.readTree(created.body()).at("/return/value/result").asText(), created.body());

        HttpResponse<String> read = get("/cache/api/v1.0/?function=read&path=file1.json", TOKEN);

        assertEquals(200, read.statusCode(), read.body());
        assertEquals(JSON.readTree(SAMPLES.resolve("file1.json").toFile()), JSON.readTree(read.body()).at("/return/value"));
    }

    @Test
    @Order(4)
    void read_sampleParquet_returnsItsRowsThroughTheNativeSnappyCodec() throws Exception {
        HttpResponse<String> read = get("/cache/api/v1.0/?function=read&path=file1.snappy.parquet&format=csv&limit=2", TOKEN);

        assertEquals(200, read.statusCode(), read.body());
        String[] lines = read.body().strip().split("\r?\n");
        assertEquals(3, lines.length, read.body());
        assertEquals("cusip,price,security_type,trade_date,quantity", lines[0]);
    }

    @Test
    @Order(5)
    void functionCreate_sampleFunction_compiledByJavacInsideTheImageAndRuns() throws Exception {
        String source = Files.readString(SAMPLES.resolveSibling("functions").resolve("vwap.java"));
        HttpResponse<String> created = post("function=function_create&name=vwap&body=" + urlEncoded(source));
        assertEquals(200, created.statusCode(), created.body());

        HttpResponse<String> called = get("/cache/api/v1.0/?function=vwap&key=file1.snappy.parquet&top=2", TOKEN);

        assertEquals(200, called.statusCode(), called.body());
        JsonNode rows = JSON.readTree(called.body()).at("/return/value");
        assertEquals(2, rows.size(), called.body());
        assertTrue(rows.get(0).path("vwap").asDouble() > 0, called.body());
    }

    @Test
    @Order(6)
    void stop_sigterm_serverFinishesAndSaysStopped() {
        Podman.run(COMMAND_LIMIT, "stop", "--time", "30", NAME);

        String logs = Podman.run(COMMAND_LIMIT, "logs", NAME);
        assertTrue(logs.strip().endsWith("stopped"), logs);
    }

    private static void awaitHealth() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("/health", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port is published before the server listens
            }
            if (!"running".equals(Podman.run(COMMAND_LIMIT, "inspect", "--format", "{{.State.Status}}", NAME).strip())) {
                break;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the container did not answer /health within " + START_LIMIT + "; its log:\n"
                + Podman.attempt(COMMAND_LIMIT, "logs", NAME).output());
    }

    private static HttpResponse<String> get(String pathAndQuery, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/cache/api/v1.0/"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
