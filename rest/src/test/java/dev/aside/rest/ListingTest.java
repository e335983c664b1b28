package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.testing.LocalS3Server;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing cached items, folder and S3 SOR objects, and reading through S3 on loopback. */
class ListingTest {

    @TempDir
    Path temp;

    @Test
    void items_andFolderSorObjects_arePagedAndDescribed() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("a.json", "{\"a\": 1}");
            server.source("sub/b.json", "[1]");
            server.source("sub/c.json", "[2]");
            server.get("/cache/api/v1.0/?function=create&path=sub/b.json");

            JsonNode items = RunningServer.json(server.get("/api/v1/items"));
            assertEquals(1, items.get("count").asInt());
            assertEquals("COLLECTION", items.at("/items/0/kind").asText());
            JsonNode item = RunningServer.json(server.get("/api/v1/items/sub/b.json"));
            assertEquals("sd:sub/b.json", item.get("key").asText());
            assertEquals("sd", item.get("storage").asText());
            assertEquals("sub/b.json", item.get("path").asText());

            JsonNode top = RunningServer.json(server.get("/api/v1/sor/sd?delimited=true"));
            assertEquals("a.json", top.at("/objects/0/path").asText());
            assertEquals("sub/", top.at("/folders/0").asText());

            JsonNode first = RunningServer.json(server.get("/api/v1/sor/sd?prefix=sub/&page_size=1"));
            assertEquals(1, first.get("objects").size());
            String next = first.get("next_token").asText();
            JsonNode second = RunningServer.json(server.get("/api/v1/sor/sd?prefix=sub/&page_size=1&token="
                    + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals("sub/c.json", second.at("/objects/0/path").asText());

            assertEquals("sd", RunningServer.json(server.get("/api/v1/sor")).at("/storages/0").asText());
        }
    }

    @Test
    void s3Sor_onLoopback_listsAndReads() {
        try (LocalS3Server s3 = LocalS3Server.start(temp.resolve("s3"), LocalS3Server.DEFAULT_BUCKET)) {
            s3.putObject("data/file1.json", "{\"from\": \"s3\"}".getBytes());
            Map<String, String> env = Map.of("AWS_BUCKET_NAME", s3.bucket(), "AWS_DATA_DIR", "data",
                    "AWS_ENDPOINT_URL", s3.endpoint().toString(), "AWS_REGION", LocalS3Server.REGION,
                    "AWS_ACCESS_KEY_ID", s3.accessKey(), "AWS_SECRET_ACCESS_KEY", s3.secretKey());
            try (AsideEngine engine = AsideEngine.open(EngineSettings.fromEnvironment(env)
                    .withCacheRoot(temp.resolve("data")).withFunctionsDir(temp.resolve("functions")))) {
                AsideServer server = AsideServer.create(engine, ServerConfig.loopback(0, RunningServer.TOKEN)).start();
                try {
                    Client client = new Client(server.port());
                    JsonNode read = Client.json(client.get("/cache/api/v1.0/?function=read&path=file1.json&storage=s3"));
                    assertEquals("s3", read.at("/return/value/from").asText());
                    JsonNode listed = Client.json(client.get("/api/v1/sor/s3"));
                    assertEquals("file1.json", listed.at("/objects/0/path").asText());
                    assertTrue(listed.get("next_token").isNull());
                } finally {
                    server.stop();
                }
            }
        }
    }
}
