package dev.aside.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real engine over a temp-folder SOR and disk tier, a real server on a free loopback port and a
 * real HTTP client: what every REST test talks to.
 */
public final class RunningServer implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Path sorRoot;
    private final Path dataDir;
    private final AsideEngine engine;
    private final AsideServer server;

    private RunningServer(Path temp, UnaryOperator<ServerConfig> configure) {
        this.sorRoot = temp.resolve("sor");
        this.dataDir = temp.resolve("data");
        try {
            Files.createDirectories(sorRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EngineSettings settings = EngineSettings.fromEnvironment(Map.of())
                .withCacheRoot(dataDir).withSdRoot(sorRoot).withFunctionsDir(temp.resolve("functions"))
                .withMemoryLimitBytes(256L << 20);
        this.engine = AsideEngine.open(settings);
        this.server = AsideServer.create(engine, configure.apply(ServerConfig.loopback(0))).start();
    }

    public static RunningServer start(Path temp) {
        return new RunningServer(temp, config -> config);
    }

    public static RunningServer start(Path temp, UnaryOperator<ServerConfig> configure) {
        return new RunningServer(temp, configure);
    }

    public Path source(String relative, String content) {
        return TestFiles.write(sorRoot, relative, content);
    }

    public Path sorRoot() {
        return sorRoot;
    }

    public AsideEngine engine() {
        return engine;
    }

    public AsideServer server() {
        return server;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return ApiJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.stop();
        engine.close();
    }
}
