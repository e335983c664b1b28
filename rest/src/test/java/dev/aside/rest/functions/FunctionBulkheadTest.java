package dev.aside.rest.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.function.FunctionLimits;
import dev.aside.rest.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two user functions that never stop take only their own workers: everything else keeps answering. */
class FunctionBulkheadTest {

    @TempDir
    Path temp;

    @Test
    void twoRunawayFunctions_echoHealthReadAndPageStillAnswer_andAQueuedUserCallIs503WithRetryAfter() {
        try (RunningServer server = RunningServer.withEngine(temp, settings -> settings
                .withFunctionTimeLimit(Duration.ofMinutes(5))
                .withFunctionLimits(new FunctionLimits(2, Duration.ofMillis(300), 4)))) {
            RunawayFunctions runaway = new RunawayFunctions(server, temp);
            try {
                CompletableFuture<HttpResponse<String>> first = runaway.startSpin();
                CompletableFuture<HttpResponse<String>> second = runaway.startSpin();
                RunawayFunctions.awaitTrue("both spins running",
                        () -> server.engine().functions().workload().running() == 2);

                assertEquals(200, runaway.get("/cache/api/v1.0/?function=echo&message=alive").statusCode());
                assertEquals(200, runaway.get("/cache/api/v1.0/?function=pi").statusCode());
                assertEquals(200, runaway.get("/health").statusCode());
                assertEquals(200, runaway.get("/cache/api/v1.0/?function=read&path=prices").statusCode());
                HttpResponse<String> page = runaway.get("/cache/api/v1.0/?function=read&path=prices&format=json&offset=1&limit=1");
                assertEquals(200, page.statusCode(), page.body());
                assertEquals(20, RunningServer.json(page).get(0).get("price").asInt());

                HttpResponse<String> queued = runaway.get("/cache/api/v1.0/?function=hello");
                assertEquals(503, queued.statusCode(), queued.body());
                assertNotNull(queued.headers().firstValue("Retry-After").orElse(null), "Retry-After");
                JsonNode error = RunningServer.json(queued).get("error");
                assertEquals("function_busy", error.get("type").asText());
                assertTrue(error.get("message").asText().contains("try again"), error.toString());

                runaway.stopSpinning();
                assertEquals(200, first.join().statusCode());
                assertEquals(200, second.join().statusCode());
                assertEquals(200, runaway.get("/cache/api/v1.0/?function=hello").statusCode());
            } finally {
                runaway.stopSpinning();
            }
        }
    }
}
