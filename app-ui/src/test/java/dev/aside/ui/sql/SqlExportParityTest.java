package dev.aside.ui.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.engine.ItemKey;
import dev.aside.engine.value.TableValue;
import dev.aside.rest.AsideServer;
import dev.aside.rest.ServerConfig;
import dev.aside.ui.testing.SyncConsole;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A query result exported from the SQL screen holds the bytes REST's {@code sql} answers with the same
 * {@code format}: one engine, the real embedded server over it, the screen's export with the save
 * dialog at the edge. The rows hold what writers tend to get wrong (a boolean, a long past 2^53, a
 * missing value, a comma, a quote and a line break in text).
 */
class SqlExportParityTest {

    private static final String TOKEN = "sql-export-parity-token";
    private static final String QUERY = "SELECT * FROM \"desk/trades\" ORDER BY id";

    @TempDir
    Path temp;
    private SyncConsole console;
    private AsideServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void open() {
        console = new SyncConsole(temp);
        console.context().cache().put(ItemKey.written("desk/trades"), new TableValue(Table.create("trades",
                LongColumn.create("id", 9_007_199_254_740_993L, -2L),
                DoubleColumn.create("price", 99.5, Double.NaN),
                BooleanColumn.create("settled", true, false),
                StringColumn.create("note", "plain", "a, \"quoted\"\nline"))));
        console.context().cache().policy().awaitPersistence();
        server = AsideServer.create(console.context().engine(), ServerConfig.loopback(0, TOKEN)).start();
    }

    @AfterEach
    void close() {
        server.stop();
        console.close();
    }

    @ParameterizedTest
    @CsvSource({"JSON,json", "CSV,csv"})
    void export_sameBytesAsRestSql(SqlExportFormat format, String parameter) throws Exception {
        Path file = temp.resolve("result" + format.extension());
        console.dialogs().saveTo = file;
        SqlViewModel model = new SqlViewModel(console.context(), temp.resolve("config"));
        model.queryProperty().set(QUERY);
        model.export(format);
        assertEquals("Exported to " + file, model.statusProperty().get(), model.errorProperty().get());

        HttpResponse<byte[]> rest = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/cache/api/v1.0/?function=sql&format=" + parameter + "&query="
                        + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, rest.statusCode(), () -> new String(rest.body(), StandardCharsets.UTF_8));
        assertArrayEquals(rest.body(), Files.readAllBytes(file), () -> new String(rest.body(), StandardCharsets.UTF_8));
    }
}
