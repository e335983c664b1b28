package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.ItemKey;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.format.ParquetTables;
import dev.aside.engine.value.TableValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** A DataFrame item as JSON records, CSV, Parquet and pandas-like text, paged with offset and limit; one server for all. */
class TableFormatsTest {

    private static final String READ = "/cache/api/v1.0/?function=read&path=trades&";
    private static final int ROWS = 1_000;

    @TempDir
    static Path temp;
    private static RunningServer server;
    private static Table trades;

    @BeforeAll
    static void start() {
        server = RunningServer.start(temp);
        trades = BondTrades.generate(ROWS);
        server.engine().cache().put(ItemKey.written("trades"), new TableValue(trades));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void envelope_holdsRecords_pagedByOffsetAndLimit() {
        JsonNode value = SeedCurlCompatibilityTest.ok(server.get(READ + "offset=10&limit=5")).at("/return/value");
        assertEquals(5, value.size());
        assertEquals(trades.stringColumn("cusip").get(10), value.get(0).get("cusip").asText());
        assertEquals(trades.longColumn("quantity").get(14), value.get(4).get("quantity").asLong());
    }

    @Test
    void formatJson_isBareRecords_withNullForMissing() {
        JsonNode records = RunningServer.json(server.get(READ + "format=json"));
        assertEquals(ROWS, records.size());
        int missing = trades.doubleColumn("price").isMissing().get(0);
        assertTrue(records.get(missing).get("price").isNull());
        assertEquals(trades.dateColumn("trade_date").get(0).toString(), records.get(0).get("trade_date").asText());
    }

    @Test
    void formatCsv_hasHeaderAndOneLinePerRow() {
        HttpResponse<String> response = server.get(READ + "format=csv&offset=990");
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] lines = response.body().split("\r\n");
        assertEquals("cusip,price,security_type,trade_date,quantity", lines[0]);
        assertEquals(11, lines.length);
        assertTrue(lines[1].startsWith(trades.stringColumn("cusip").get(990) + ","));
    }

    @Test
    void formatParquet_readsBackAsTheSamePage() throws IOException {
        HttpResponse<byte[]> response = server.getBytes(READ + "format=parquet&offset=100&limit=250");
        assertEquals(200, response.statusCode());
        Path file = Files.write(temp.resolve("page.parquet"), response.body());
        Table page = ParquetTables.readTable(file);
        assertEquals(250, page.rowCount());
        assertEquals(trades.columnNames(), page.columnNames());
        assertEquals(trades.stringColumn("cusip").get(100), page.stringColumn("cusip").get(0));
        assertEquals(trades.longColumn("quantity").get(349), page.longColumn("quantity").get(249));
    }

    @Test
    void formatText_printsLikePandas_headAndTailWhenLong() {
        String text = server.get(READ + "format=text").body();
        String[] lines = text.split("\n");
        assertTrue(lines[0].trim().startsWith("cusip"), text);
        assertTrue(lines[1].trim().startsWith("0 "), text);
        assertTrue(text.contains("..."));
        assertTrue(text.contains("999 "));
        assertTrue(text.endsWith("[1000 rows x 5 columns]\n"), text);
        assertTrue(text.contains("NaN") || !text.contains("null"));
    }

    @Test
    void formatText_withLimit_printsThePage() {
        String text = server.get(READ + "format=text&offset=20&limit=3").body();
        assertEquals(4, text.split("\n").length, text);
        assertTrue(text.split("\n")[1].trim().startsWith("20 "));
    }

    @Test
    void jsonItem_comesBackAsJson_evenWithFormatJson() {
        server.source("list.json", "[1, 2, 3, 4]");
        assertEquals("[2,3]", server.get("/cache/api/v1.0/?function=read&path=list.json&format=json&offset=1&limit=2").body());
    }

    @Test
    void tableFormatOfAJsonItem_is400() {
        server.source("doc.json", "{\"a\": 1}");
        ErrorStatusTest.assertError(server.get("/cache/api/v1.0/?function=read&path=doc.json&format=csv"), 400,
                "invalid_parameter", "format=csv");
    }
}
