package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A function that runs past the engine's time limit answers 504 over HTTP, and the server goes on. */
class FunctionTimeoutTest {

    @TempDir
    Path temp;

    @Test
    void functionPastTimeLimit_is504_andServerKeepsServing() {
        try (RunningServer server = RunningServer.withEngine(temp,
                settings -> settings.withFunctionTimeLimit(Duration.ofMillis(500)))) {
            String source = ErrorStatusTest.IMPORTS + "public class Spin implements AsideFunction {\n"
                    + "    public Object main(FunctionContext context) {\n"
                    + "        while (!Thread.currentThread().isInterrupted()) { }\n"
                    + "        return null;\n"
                    + "    }\n"
                    + "}\n";
            assertEquals(200, server.authorized().post("/cache/api/v1.0/", "application/x-www-form-urlencoded",
                    "function=function_create&name=spin&body=" + URLEncoder.encode(source, StandardCharsets.UTF_8))
                    .statusCode());

            HttpResponse<String> response = server.authorized().get("/cache/api/v1.0/?function=spin");

            assertEquals(504, response.statusCode(), response.body());
            JsonNode error = RunningServer.json(response).get("error");
            assertEquals("function_timeout", error.get("type").asText());
            assertTrue(error.get("message").asText().contains("spin"), error.toString());
            assertEquals(200, server.get("/cache/api/v1.0/?function=echo&message=alive").statusCode());
        }
    }
}
