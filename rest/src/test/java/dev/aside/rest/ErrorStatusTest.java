package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each failure answers its own status with a JSON body naming what was wrong; one server for all. */
class ErrorStatusTest {

    private static final String API = "/cache/api/v1.0/";
    static final String IMPORTS = "import dev.aside.engine.function.*;\n";

    @TempDir
    static Path temp;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(temp);
        server.source("file1.json", "{\"a\": 1}");
        server.source("notes.xyz", "not a data file");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void missingPath_is400() {
        assertError(server.get(API + "?function=read"), 400, "invalid_parameter", "path");
    }

    @Test
    void badReturnOrOffset_is400() {
        assertError(server.get(API + "?function=read&path=file1.json&return=everything"), 400, "invalid_parameter", "return");
        assertError(server.get(API + "?function=read&path=file1.json&offset=-3"), 400, "invalid_parameter", "offset");
    }

    @Test
    void pathEscapingTheSor_is400() {
        assertEquals(400, server.get(API + "?function=read&path=../secret.json").statusCode());
    }

    @Test
    void noSuchObjectInTheSor_is404() {
        assertError(server.get(API + "?function=read&path=missing.json"), 404, "object_not_found", "missing.json");
    }

    @Test
    void noSuchCachedItem_is404() {
        assertError(server.get(API + "?function=cache_item_stats&key=never-read.json"), 404, "item_not_found", "never-read.json");
    }

    @Test
    void noSuchFunction_is404() {
        assertError(server.authorized().get(API + "?function=no_such_thing"), 404, "function_not_found", "no_such_thing");
    }

    @Test
    void unsupportedFileType_is415() {
        assertError(server.get(API + "?function=read&path=notes.xyz"), 415, "unsupported_format", "notes.xyz");
    }

    @Test
    void functionThatDoesNotCompile_is422WithLineNumbers() {
        String source = IMPORTS + "public class Broken implements AsideFunction {\n"
                + "    public Object main(FunctionContext context) {\n"
                + "        return undefinedThing;\n"
                + "    }\n"
                + "}\n";
        HttpResponse<String> response = server.authorized().post(API, "application/x-www-form-urlencoded",
                "function=function_create&name=broken&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8));
        JsonNode error = assertError(response, 422, "function_compile", "broken");
        assertEquals(4, error.at("/diagnostics/0/line").asInt(), response.body());
        assertTrue(error.at("/diagnostics/0/column").asInt() > 0);
    }

    @Test
    void functionThatThrows_is500WithItsMessage_andTheServerKeepsServing() {
        String source = IMPORTS + "public class Fails implements AsideFunction {\n"
                + "    public Object main(FunctionContext context) {\n"
                + "        throw new IllegalStateException(\"the ledger is closed\");\n"
                + "    }\n"
                + "}\n";
        assertEquals(200, server.authorized().post(API, "application/x-www-form-urlencoded", "function=function_create&name=fails&source="
                + URLEncoder.encode(source, StandardCharsets.UTF_8)).statusCode());
        assertError(server.authorized().get(API + "?function=fails"), 500, "function_failed", "the ledger is closed");
        assertEquals(200, server.get("/health").statusCode());
        assertEquals(200, server.get(API + "?function=echo&message=still+here").statusCode());
    }

    @Test
    void unknownEndpoint_is404Json() {
        assertEquals(404, RunningServer.json(server.get("/no/such/endpoint")).at("/error/status").asInt());
    }

    @Test
    void unknownStorage_is400() {
        assertError(server.get(API + "?function=read&path=file1.json&storage=ftp"), 400, "invalid_parameter", "ftp");
    }

    static JsonNode assertError(HttpResponse<String> response, int status, String type, String mentioned) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = RunningServer.json(response).get("error");
        assertEquals(status, error.get("status").asInt());
        assertEquals(type, error.get("type").asText(), response.body());
        assertTrue(error.get("message").asText().contains(mentioned), response.body());
        assertFalse(response.body().contains(".java:") || response.body().contains("\tat "), "no stack traces: " + response.body());
        return error;
    }
}
