package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.ItemKey;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.value.TableValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Paging through a million-row item, and streaming all of it, without either side holding one big string. */
class LargeTablePagingTest {

    private static final int ROWS = 1_000_000;
    private static final int PAGE = 50_000;

    @TempDir
    Path temp;

    @Test
    void pagesCoverEveryRowOnce_andTheFullStreamHasEveryRow() throws IOException {
        try (RunningServer server = RunningServer.start(temp)) {
            Table trades = BondTrades.generate(ROWS);
            server.engine().cache().put(ItemKey.written("big"), new TableValue(trades));

            long seen = 0;
            for (int offset = 0; offset < ROWS + PAGE; offset += PAGE) {
                JsonNode page = RunningServer.json(server.get(
                        "/cache/api/v1.0/?function=read&path=big&format=json&offset=" + offset + "&limit=" + PAGE));
                if (page.size() > 0) {
                    assertEquals(trades.stringColumn("cusip").get(offset), page.get(0).get("cusip").asText());
                }
                seen += page.size();
            }
            assertEquals(ROWS, seen);

            HttpResponse<InputStream> all = server.getStream("/cache/api/v1.0/?function=read&path=big&format=json");
            assertEquals(200, all.statusCode());
            assertEquals(ROWS, countRecords(all.body()));
        }
    }

    private static long countRecords(InputStream body) throws IOException {
        long records = 0;
        try (JsonParser parser = ApiJson.FACTORY.createParser(body)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT && depth++ == 0) {
                    records++;
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                }
            }
        }
        return records;
    }
}
