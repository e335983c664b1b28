package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.ItemKey;
import dev.aside.engine.bench.BondTrades;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every curl line the seed's scripts use, unchanged, against a real server. */
class SeedCurlCompatibilityTest {

    private static final String API = "/cache/api/v1.0/";

    @TempDir
    Path temp;

    @Test
    void seedCurlLines_answerInTheSeedEnvelope() throws Exception {
        try (RunningServer server = RunningServer.start(temp)) {
            BondTrades.writeParquet(500, server.sorRoot().resolve("file1.snappy.parquet"));
            server.source("file1.json", "{\"name\": \"first\", \"values\": [1, 2, 3]}");
            server.source("file2.json", "[{\"id\": 1}, {\"id\": 2}]");

            JsonNode created = ok(server.get(API + "?function=create&path=file1.snappy.parquet"));
            assertEquals("/cache/api/v1.0/", created.at("/return/uri").asText());
            assertEquals("file1.snappy.parquet", created.at("/return/path").asText());
            assertEquals("success", created.at("/return/value/result").asText());

            JsonNode stats = ok(server.get(API + "?function=cache_item_stats&key=file1.snappy.parquet"));
            assertEquals("file1.snappy.parquet", stats.at("/return/value/key").asText());
            assertEquals("sd", stats.at("/return/value/storage").asText());
            assertTrue(stats.at("/return/value").isObject(), "a JSON object, not a Python repr string");

            JsonNode read = ok(server.get(API + "?function=read&path=file1.json"));
            assertEquals("first", read.at("/return/value/name").asText());
            assertEquals(3, read.at("/return/value/values").size());

            JsonNode head = ok(server.get(API + "?function=head&path=file1.json"));
            assertEquals("sd:file1.json", head.at("/return/value/key").asText());
            assertEquals("file1.json", head.at("/return/value/path").asText());
            assertEquals("DOCUMENT", head.at("/return/value/kind").asText());

            JsonNode deleted = ok(server.get(API + "?function=delete&path=file1.json"));
            assertEquals("success", deleted.at("/return/value/result").asText());
            JsonNode headAfterDelete = ok(server.get(API + "?function=head&path=file1.json"));
            assertEquals("SOR", headAfterDelete.at("/return/value/tier").asText(), "only in its SOR now");
            assertEquals(Files.size(temp.resolve("sor/file1.json")), headAfterDelete.at("/return/value/sor_size").asLong());
            assertTrue(server.engine().cache().head(ItemKey.of("sd", "file1.json")).isEmpty(), "head does not load it");
            assertEquals(404, server.get(API + "?function=head&path=nowhere.json").statusCode());

            JsonNode echo = ok(server.get(API + "?function=echo&message=hello"));
            assertEquals("hello", echo.at("/return/value").asText());

            JsonNode dataRead = ok(server.get(API + "?function=data_read&path=file2.json&storage=sd&return=data"));
            assertEquals(2, dataRead.at("/return/value").size());
            assertEquals(2, dataRead.at("/return/value/1/id").asInt());
        }
    }

    @Test
    void timeTrue_addsTheAccessTimeToMetaResults() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.json", "{\"a\": 1}");
            JsonNode meta = ok(server.get(API + "?function=create&path=file1.json&time=true")).at("/return/value");
            assertEquals("success", meta.get("result").asText());
            assertTrue(meta.get("time").isNumber());
            assertTrue(meta.get("accessed_at").isTextual());
        }
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return RunningServer.json(response);
    }
}
