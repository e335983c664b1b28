package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** POST takes the parameters as a form, as {"data": {...}} or as a flat JSON object. */
class PostShapesTest {

    private static final String API = "/cache/api/v1.0/";

    @TempDir
    Path temp;
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(temp);
        server.source("file1.json", "{\"name\": \"first\"}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void form_readsTheItem() {
        JsonNode body = SeedCurlCompatibilityTest.ok(server.post(API, "application/x-www-form-urlencoded",
                "function=read&path=file1.json"));
        assertEquals("first", body.at("/return/value/name").asText());
    }

    @Test
    void jsonDataEnvelope_readsTheItem() {
        JsonNode body = SeedCurlCompatibilityTest.ok(server.post(API, "application/json",
                "{\"data\": {\"function\": \"read\", \"path\": \"file1.json\"}}"));
        assertEquals("first", body.at("/return/value/name").asText());
    }

    @Test
    void flatJson_readsTheItem() {
        JsonNode body = SeedCurlCompatibilityTest.ok(server.post(API, "application/json",
                "{\"function\": \"read\", \"path\": \"file1.json\"}"));
        assertEquals("first", body.at("/return/value/name").asText());
    }

    @Test
    void postWithoutFunction_creates() {
        JsonNode body = SeedCurlCompatibilityTest.ok(server.post(API, "application/json", "{\"path\": \"file1.json\"}"));
        assertEquals("success", body.at("/return/value/result").asText());
    }

    @Test
    void bodyThatIsNotJson_is400() {
        assertEquals(400, server.post(API, "application/json", "{not json").statusCode());
    }
}
