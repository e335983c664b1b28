package dev.aside.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real engine over a temp-folder SOR and disk tier, a real server on a free loopback port with the
 * access token {@link #TOKEN}, and a real HTTP client that sends no token, as the seed's scripts; use
 * {@link #authorized()} for calls that deploy or run code.
 */
public final class RunningServer implements AutoCloseable {

    public static final String TOKEN = "running-server-test-token";

    private final Path sorRoot;
    private final Path dataDir;
    private final AsideEngine engine;
    private final AsideServer server;
    private final Client client;

    private RunningServer(Path temp, UnaryOperator<ServerConfig> configure, UnaryOperator<EngineSettings> tune) {
        this.sorRoot = temp.resolve("sor");
        this.dataDir = temp.resolve("data");
        try {
            Files.createDirectories(sorRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EngineSettings settings = EngineSettings.fromEnvironment(Map.of())
                .withCacheRoot(dataDir).withSdRoot(sorRoot).withFunctionsDir(temp.resolve("functions"))
                .withMemoryLimitBytes(512L << 20);
        this.engine = AsideEngine.open(tune.apply(settings));
        try {
            this.server = AsideServer.create(engine, configure.apply(ServerConfig.loopback(0, TOKEN))).start();
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        this.client = new Client(server.port());
    }

    public static RunningServer start(Path temp) {
        return new RunningServer(temp, config -> config, settings -> settings);
    }

    public static RunningServer start(Path temp, UnaryOperator<ServerConfig> configure) {
        return new RunningServer(temp, configure, settings -> settings);
    }

    /** A server whose engine settings the test changes first (e.g. a short function time limit). */
    public static RunningServer withEngine(Path temp, UnaryOperator<EngineSettings> tune) {
        return new RunningServer(temp, config -> config, tune);
    }

    public Path source(String relative, String content) {
        return TestFiles.write(sorRoot, relative, content);
    }

    public Path sorRoot() {
        return sorRoot;
    }

    public Path dataDir() {
        return dataDir;
    }

    public AsideEngine engine() {
        return engine;
    }

    public AsideServer server() {
        return server;
    }

    public Client client() {
        return client;
    }

    /** A client that sends {@link #TOKEN}. */
    public Client authorized() {
        return client.withToken(TOKEN);
    }

    public URI uri(String pathAndQuery) {
        return client.uri(pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return client.get(pathAndQuery);
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return client.post(pathAndQuery, contentType, body);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return client.send(request);
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return client.getBytes(pathAndQuery);
    }

    public HttpResponse<InputStream> getStream(String pathAndQuery) {
        return client.getStream(pathAndQuery);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return Client.json(response);
    }

    @Override
    public void close() {
        server.stop();
        engine.close();
    }
}
