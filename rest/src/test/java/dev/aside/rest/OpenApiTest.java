package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document names every registered route, and the API page is served from the webjar. */
class OpenApiTest {

    @TempDir
    Path temp;

    @Test
    void everyRegisteredRoute_isInTheDocument() {
        try (RunningServer server = RunningServer.start(temp)) {
            JsonNode paths = RunningServer.json(server.get("/openapi.json")).get("paths");
            assertTrue(server.server().routes().size() >= 15);
            for (AsideServer.Route route : server.server().routes()) {
                String path = route.path().replaceAll("<([^>]+)>", "{$1}");
                JsonNode item = paths.get(path);
                assertTrue(item != null, "missing path " + path);
                assertTrue(item.has(route.method().toLowerCase(Locale.ROOT)), "missing " + route.method() + " " + path);
            }
            assertEquals(server.server().routes().stream().map(r -> r.path().replaceAll("<([^>]+)>", "{$1}")).distinct().count(),
                    paths.size(), "no documented path without a route");
        }
    }

    @Test
    void seedEndpoint_documentsEveryParameterItReads() {
        try (RunningServer server = RunningServer.start(temp)) {
            JsonNode parameters = RunningServer.json(server.get("/openapi.json")).at("/paths/~1cache~1api~1v1.0~1/get/parameters");
            Set<String> documented = new HashSet<>();
            parameters.forEach(parameter -> documented.add(parameter.get("name").asText()));
            Set<String> read = new HashSet<>(Set.of("function", "path", "key", "storage", "return", "time", "validate",
                    "format", "offset", "limit", "name", "body"));
            read.removeAll(documented);
            assertTrue(read.isEmpty(), "undocumented: " + read);
        }
    }

    @Test
    void apiPage_loadsSwaggerUiFromTheServerItself() {
        try (RunningServer server = RunningServer.start(temp)) {
            String page = server.get("/api").body();
            assertTrue(page.contains("/openapi.json"));
            Matcher script = Pattern.compile("src=\"(/webjars/[^\"]+)\"").matcher(page);
            assertTrue(script.find(), page);
            assertEquals(200, server.get(script.group(1)).statusCode(), script.group(1));
            assertTrue(!page.contains("http://") && !page.contains("https://"), "nothing fetched from elsewhere");
        }
    }
}
