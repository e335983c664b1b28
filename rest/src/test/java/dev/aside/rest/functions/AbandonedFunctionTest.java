package dev.aside.rest.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.function.FunctionLimits;
import dev.aside.rest.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timed-out function that ignores the interrupt loses its worker, is counted in /health and
 * /metrics, and past the cap user functions are refused while data and built-ins keep working.
 */
class AbandonedFunctionTest {

    @TempDir
    Path temp;

    @Test
    void runawaysPastTimeLimit_areAbandonedAndCounted_andPastTheCapUserFunctionsAre503() {
        try (RunningServer server = RunningServer.withEngine(temp, settings -> settings
                .withFunctionTimeLimit(Duration.ofMillis(300))
                .withFunctionLimits(new FunctionLimits(2, Duration.ofSeconds(5), 2)))) {
            RunawayFunctions runaway = new RunawayFunctions(server, temp);
            try {
                assertEquals(504, runaway.startSpin().join().statusCode());
                assertEquals(504, runaway.startSpin().join().statusCode());
                RunawayFunctions.awaitTrue("two abandoned threads in /health",
                        () -> health(runaway).get("functions").get("abandoned").asInt() == 2);

                JsonNode health = health(runaway);
                assertEquals("degraded", health.get("status").asText());
                assertTrue(health.get("functions").get("restart_needed").asBoolean(), health.toString());
                String metrics = runaway.get("/metrics").body();
                assertTrue(metrics.contains("\naside_functions_abandoned 2.0"), metrics);

                HttpResponse<String> refused = runaway.get("/cache/api/v1.0/?function=hello");
                assertEquals(503, refused.statusCode(), refused.body());
                assertTrue(RunningServer.json(refused).get("error").get("message").asText().contains("restart"),
                        refused.body());
                assertEquals(200, runaway.get("/cache/api/v1.0/?function=echo&message=alive").statusCode());
                assertEquals(200, runaway.get("/cache/api/v1.0/?function=read&path=prices").statusCode());

                runaway.stopSpinning();
                RunawayFunctions.awaitTrue("abandoned threads ended",
                        () -> health(runaway).get("functions").get("abandoned").asInt() == 0);
                assertEquals(200, runaway.get("/cache/api/v1.0/?function=hello").statusCode());
            } finally {
                runaway.stopSpinning();
            }
        }
    }

    private static JsonNode health(RunawayFunctions runaway) {
        return RunningServer.json(runaway.get("/health"));
    }
}
