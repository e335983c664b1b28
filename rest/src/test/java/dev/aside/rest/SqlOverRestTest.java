package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.ItemKey;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.value.TableValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sql} over REST runs on DuckDB: answers, refusals and query errors are 400s with a message. */
class SqlOverRestTest {

    private static final String SQL = "/cache/api/v1.0/?function=sql&query=";

    @TempDir
    static Path temp;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(temp);
        server.engine().cache().put(ItemKey.written("trades"), new TableValue(BondTrades.generate(1_000)));
        server.engine().cache().policy().awaitPersistence();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> sql(String query) {
        return server.authorized().get(SQL + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&format=json");
    }

    @Test
    void sql_groupBy_answersRecords() {
        JsonNode rows = RunningServer.json(sql(
                "SELECT security_type, count(*) AS n FROM trades GROUP BY security_type ORDER BY n DESC"));
        long total = 0;
        for (JsonNode row : rows) {
            total += row.get("n").asLong();
        }
        assertEquals(1_000, total);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM read_csv('/etc/passwd')",
            "COPY trades TO '/tmp/aside-stolen.csv'",
            "ATTACH '/tmp/aside-other.duckdb'",
            "SET enable_external_access = true",
            "SELECT FILE_READ('/etc/hostname')",
            "SELECT price + cusip FROM trades",
            "SELECT * FORM trades",
    })
    void sql_refusedOrWrongQuery_is400WithAMessage(String query) {
        HttpResponse<String> response = sql(query);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("SQL") || response.body().contains("SELECT"), response.body());
        assertFalse(response.body().contains("duckdb") || response.body().contains("Exception"), response.body());
        assertFalse(Files.exists(Path.of("/tmp/aside-stolen.csv")));
    }

    @Test
    void formatParquet_wholeCachedTable_isItsDiskFileUnchanged() throws Exception {
        Path file = server.engine().cache().policy().tableFile(ItemKey.written("trades")).orElseThrow();
        HttpResponse<byte[]> response = server.getBytes("/cache/api/v1.0/?function=read&path=trades&format=parquet");
        assertEquals(200, response.statusCode());
        assertArrayEquals(Files.readAllBytes(file), response.body());
    }
}
