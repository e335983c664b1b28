package dev.aside.rest;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.testing.LocalS3Server;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An S3 SOR that refuses the credentials answers 502; one that cannot be reached answers 503. */
class SorFailureStatusTest {

    private static final String API = "/cache/api/v1.0/";

    @TempDir
    Path temp;

    @Test
    void deniedCredentials_is502() {
        try (LocalS3Server s3 = LocalS3Server.start(temp.resolve("s3"), LocalS3Server.DEFAULT_BUCKET)) {
            s3.putObject("file1.json", "{\"a\": 1}".getBytes());
            Map<String, String> env = Map.of("AWS_BUCKET_NAME", s3.bucket(), "AWS_ENDPOINT_URL", s3.endpoint().toString(),
                    "AWS_REGION", LocalS3Server.REGION, "AWS_ACCESS_KEY_ID", s3.accessKey(),
                    "AWS_SECRET_ACCESS_KEY", "wrong-secret");
            try (ServerOver server = new ServerOver(temp, env)) {
                ErrorStatusTest.assertError(server.http.get(API + "?function=read&path=file1.json&storage=s3"), 502,
                        "sor_access_denied", "");
            }
        }
    }

    @Test
    void unreachableS3_is503() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = Map.of("AWS_BUCKET_NAME", "aside-test", "AWS_ENDPOINT_URL", "http://127.0.0.1:" + closedPort,
                "AWS_REGION", LocalS3Server.REGION, "AWS_ACCESS_KEY_ID", "key", "AWS_SECRET_ACCESS_KEY", "secret");
        try (ServerOver server = new ServerOver(temp, env)) {
            ErrorStatusTest.assertError(server.http.get(API + "?function=read&path=file1.json&storage=s3"), 503,
                    "sor_unavailable", "");
        }
    }

    /** A server whose engine reads S3 from {@code env}, as the seed's variables configure it. */
    private static final class ServerOver implements AutoCloseable {
        final AsideEngine engine;
        final AsideServer server;
        final Client http;

        ServerOver(Path temp, Map<String, String> env) {
            engine = AsideEngine.open(EngineSettings.fromEnvironment(env).withCacheRoot(temp.resolve("data"))
                    .withFunctionsDir(temp.resolve("functions")));
            server = AsideServer.create(engine, ServerConfig.loopback(0, RunningServer.TOKEN)).start();
            http = new Client(server.port());
        }

        @Override
        public void close() {
            server.stop();
            engine.close();
        }
    }
}
