package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.testing.LocalS3Server;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over HTTP: {@code x.json} in the test S3 server and in the drive folder with different content are
 * two items, each answering its own, changed alone, both kept over a restart; {@code storage}
 * selects one on every call, and an unknown one is a 400 even for a cached path.
 */
class TwoStoragesApiTest {

    private static final String API = "/cache/api/v1.0/";

    @TempDir
    Path temp;

    private RunningServer start(LocalS3Server s3) {
        Map<String, String> env = new HashMap<>(Map.of("AWS_BUCKET_NAME", s3.bucket(), "AWS_DATA_DIR", "data",
                "AWS_ENDPOINT_URL", s3.endpoint().toString(), "AWS_REGION", LocalS3Server.REGION,
                "AWS_ACCESS_KEY_ID", s3.accessKey(), "AWS_SECRET_ACCESS_KEY", s3.secretKey()));
        RunningServer server = RunningServer.withEngine(temp, settings -> settings.withEnvironment(env));
        server.source("x.json", "{\"from\": \"sd\"}");
        return server;
    }

    private static String from(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return RunningServer.json(response).at("/return/value/from").asText();
    }

    @Test
    void samePath_s3AndDrive_eachAnswersItsOwn_deleteTouchesOne_restartKeepsBoth() {
        try (LocalS3Server s3 = LocalS3Server.start(temp.resolve("s3"), LocalS3Server.DEFAULT_BUCKET)) {
            s3.putObject("data/x.json", "{\"from\": \"s3\"}".getBytes(StandardCharsets.UTF_8));
            try (RunningServer server = start(s3)) {
                assertEquals("sd", from(server.get(API + "?function=read&path=x.json&storage=sd")));
                assertEquals("s3", from(server.get(API + "?function=read&path=x.json&storage=s3")));
                assertEquals("sd", from(server.get(API + "?function=read&path=x.json&storage=sd")));

                JsonNode items = RunningServer.json(server.get("/api/v1/items"));
                assertEquals(2, items.get("count").asInt());
                assertEquals("x.json", items.at("/items/0/path").asText());
                assertEquals("x.json", items.at("/items/1/path").asText());
                assertEquals("s3:x.json", RunningServer.json(server.get("/api/v1/items/s3:x.json")).get("key").asText());
                assertEquals("sd", RunningServer.json(server.get("/api/v1/items/x.json?storage=sd")).get("storage").asText());
                assertEquals("s3", RunningServer.json(server.get(API + "?function=head&path=x.json&storage=s3"))
                        .at("/return/value/storage").asText());

                var delete = server.send(HttpRequest.newBuilder(server.uri(API + "?path=x.json&storage=s3")).DELETE());
                assertEquals(200, delete.statusCode(), delete.body());
                assertEquals(404, server.get("/api/v1/items/s3:x.json").statusCode());
                assertEquals(200, server.get("/api/v1/items/sd:x.json").statusCode());
                assertEquals("s3", from(server.get(API + "?function=read&path=x.json&storage=s3")));
                server.engine().cache().policy().awaitPersistence();
            }
            try (RunningServer again = start(s3)) {
                assertEquals("s3", from(again.get(API + "?function=read&path=x.json&storage=s3")));
                assertEquals("sd", from(again.get(API + "?function=read&path=x.json&storage=sd")));
                assertEquals(2, RunningServer.json(again.get("/api/v1/items")).get("count").asInt());
            }
        }
    }

    @Test
    void unknownStorage_is400_alsoForACachedPath_namingTheConfiguredOnes() {
        try (LocalS3Server s3 = LocalS3Server.start(temp.resolve("s3"), LocalS3Server.DEFAULT_BUCKET);
                RunningServer server = start(s3)) {
            assertEquals("sd", from(server.get(API + "?function=read&path=x.json&storage=sd")));
            for (String call : new String[] {"read", "head", "update"}) {
                HttpResponse<String> bad = server.get(API + "?function=" + call + "&path=x.json&storage=gs");
                assertEquals(400, bad.statusCode(), bad.body());
                assertTrue(bad.body().contains("'gs'") && bad.body().contains("storage=s3"), bad.body());
            }
            assertEquals(400, server.get("/api/v1/items/x.json?storage=gs").statusCode());
        }
    }
}
