package dev.aside.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.MemoryBusyException;
import dev.aside.rest.Client;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A read refused by memory admission is a 503 with {@code Retry-After} and a JSON message saying
 * what to do, over real HTTP through the one error mapping (MemoryPressureTest makes the engine
 * refuse; this pins how the refusal reaches a caller).
 */
class MemoryBusyStatusTest {

    @Test
    void memoryBusy_is503WithRetryAfterAndJsonMessage() throws Exception {
        Javalin app = Javalin.create();
        ErrorMapping.register(app);
        app.get("/read", ctx -> {
            throw new MemoryBusyException("Not enough memory is free to decode 'sd:big.parquet'.", 7, null);
        });
        app.start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = new Client(app.port()).get("/read");

            assertEquals(503, response.statusCode());
            assertEquals("7", response.headers().firstValue("Retry-After").orElse(null));
            JsonNode body = Client.json(response);
            assertEquals("memory_busy", body.at("/error/type").asText(), body.toString());
            assertTrue(body.toString().contains("try again in 7 s"), body.toString());
        } finally {
            app.stop();
        }
    }
}
