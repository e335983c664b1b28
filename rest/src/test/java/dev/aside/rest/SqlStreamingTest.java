package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.ItemKey;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.format.ParquetTables;
import dev.aside.engine.value.TableValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@code sql} answers of 200,000 rows stream from DuckDB through the real server: every row arrives
 * in each format, pages are the query's own, and the streamed bytes are those of the same rows
 * answered as a table.
 */
class SqlStreamingTest {

    private static final int ROWS = 200_000;
    private static final String SORTED = "SELECT cusip, price, security_type, trade_date, quantity FROM trades ORDER BY cusip";

    @TempDir
    static Path temp;
    private static RunningServer server;
    private static Table trades;

    @BeforeAll
    static void start() {
        server = RunningServer.start(temp);
        trades = BondTrades.generate(ROWS);
        server.engine().cache().put(ItemKey.written("trades"), new TableValue(trades));
        server.engine().cache().policy().awaitPersistence();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String sql(String query, String more) {
        return "/cache/api/v1.0/?function=sql&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more;
    }

    @Test
    void sqlCsv_everyRow_sameBytesAsTheResultAnsweredAsATable() {
        HttpResponse<String> streamed = server.authorized().get(sql(SORTED, "&format=csv"));
        // store_as answers through the function call: the whole result as a table, written by ValueWriter.
        HttpResponse<String> asTable = server.authorized().get(sql(SORTED, "&format=csv&store_as=work/sorted"));

        assertEquals(200, streamed.statusCode(), streamed.body());
        assertEquals(ROWS + 1, streamed.body().split("\r\n", -1).length - 1);
        assertEquals(asTable.body(), streamed.body());
    }

    @Test
    void sqlJson_page_isTheQuerysOwnRows() {
        HttpResponse<String> response = server.authorized().get(sql(SORTED, "&format=json&offset=150000&limit=3"));

        JsonNode rows = RunningServer.json(response);
        assertEquals(3, rows.size());
        String[] sorted = trades.stringColumn("cusip").asObjectArray();
        Arrays.sort(sorted);
        assertEquals(sorted[150_000], rows.get(0).get("cusip").asText());
        assertEquals(sorted[150_002], rows.get(2).get("cusip").asText());
    }

    @Test
    void sqlEnvelope_default_seedShapeWithEveryRow() {
        JsonNode answer = RunningServer.json(server.authorized().get(sql("SELECT quantity FROM trades", "")));

        assertEquals("/cache/api/v1.0/", answer.path("return").path("uri").asText());
        assertEquals(ROWS, answer.path("return").path("value").size());
    }

    @Test
    void sqlParquet_resultAndPage_areDuckDbFilesOfTheRows() throws Exception {
        Path whole = Files.write(temp.resolve("whole.parquet"),
                server.authorized().getBytes(sql("SELECT * FROM trades WHERE quantity > 0", "&format=parquet")).body());
        Path page = Files.write(temp.resolve("page.parquet"),
                server.authorized().getBytes(sql(SORTED, "&format=parquet&offset=199990")).body());

        assertEquals(trades.where(trades.longColumn("quantity").isGreaterThan(0)).rowCount(),
                ParquetTables.readTable(whole).rowCount());
        assertEquals(10, ParquetTables.readTable(page).rowCount());
    }

    @Test
    void readParquet_pageOfCachedTable_isThoseRowsInOrder() throws Exception {
        HttpResponse<byte[]> response = server.getBytes("/cache/api/v1.0/?function=read&path=trades&format=parquet"
                + "&offset=100000&limit=5");
        assertEquals(200, response.statusCode());

        Table page = ParquetTables.readTable(Files.write(temp.resolve("read-page.parquet"), response.body()));
        assertEquals(5, page.rowCount());
        for (int i = 0; i < 5; i++) {
            assertEquals(trades.stringColumn("cusip").get(100_000 + i), page.stringColumn("cusip").get(i));
        }
    }

    @Test
    void sqlCsv_wrongQuery_is400BeforeAnyRow() {
        HttpResponse<String> response = server.authorized().get(sql("SELECT nope FROM trades", "&format=csv"));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"error\""), response.body());
    }
}
