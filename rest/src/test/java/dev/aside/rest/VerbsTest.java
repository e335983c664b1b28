package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.TestFiles;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's API card: POST create, GET read, PUT update, DELETE delete, HEAD telemetry. */
class VerbsTest {

    private static final String API = "/cache/api/v1.0/";

    @TempDir
    Path temp;

    @Test
    void everyVerb_actsOnTheSameResource() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.json", "{\"version\": 1}");

            HttpResponse<String> created = server.send(HttpRequest.newBuilder(server.uri(API + "?path=file1.json"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals("success", SeedCurlCompatibilityTest.ok(created).at("/return/value/result").asText());

            assertEquals(1, SeedCurlCompatibilityTest.ok(server.get(API + "?path=file1.json")).at("/return/value/version").asInt());

            TestFiles.change(server.sorRoot(), "file1.json", "{\"version\": 2}");
            HttpResponse<String> updated = server.send(HttpRequest.newBuilder(server.uri(API + "?path=file1.json"))
                    .PUT(HttpRequest.BodyPublishers.noBody()));
            assertEquals("success", SeedCurlCompatibilityTest.ok(updated).at("/return/value/result").asText());
            assertEquals(2, SeedCurlCompatibilityTest.ok(server.get(API + "?path=file1.json")).at("/return/value/version").asInt());

            HttpResponse<String> head = server.send(HttpRequest.newBuilder(server.uri(API))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, head.statusCode());
            assertEquals("1", head.headers().firstValue("X-Aside-Items").orElseThrow());
            assertTrue(Long.parseLong(head.headers().firstValue("X-Aside-Memory-Used-Bytes").orElseThrow()) > 0);
            assertTrue(head.headers().firstValue("X-Aside-Memory-Limit-Bytes").isPresent());

            HttpResponse<String> deleted = server.send(HttpRequest.newBuilder(server.uri(API + "?path=file1.json")).DELETE());
            assertEquals("success", SeedCurlCompatibilityTest.ok(deleted).at("/return/value/result").asText());
            assertEquals(404, server.send(HttpRequest.newBuilder(server.uri(API + "?path=file1.json")).DELETE()).statusCode());
        }
    }

    @Test
    void putNamingAnotherFunction_is400() {
        try (RunningServer server = RunningServer.start(temp)) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(
                    server.uri(API + "?function=read&path=file1.json")).PUT(HttpRequest.BodyPublishers.noBody()));
            assertEquals(400, response.statusCode());
        }
    }
}
