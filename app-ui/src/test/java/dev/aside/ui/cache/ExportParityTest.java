package dev.aside.ui.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.ItemKey;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.rest.AsideServer;
import dev.aside.rest.ServerConfig;
import dev.aside.ui.testing.SyncConsole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The console's export and the REST API write the same bytes: one engine, the real embedded server
 * over it, and the exporter, compared byte for byte per format. The table holds what used to differ
 * (a boolean, a long past 2^53, a missing value, a comma and a line break in text).
 */
class ExportParityTest {

    @org.junit.jupiter.api.io.TempDir
    Path temp;
    private SyncConsole console;
    private AsideServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void open() throws Exception {
        console = new SyncConsole(temp);
        var cache = console.context().cache();
        cache.put(ItemKey.written("desk/trades"), new TableValue(Table.create("trades",
                LongColumn.create("id", 9_007_199_254_740_993L, -2L),
                DoubleColumn.create("price", 99.5, Double.NaN),
                BooleanColumn.create("settled", true, false),
                StringColumn.create("note", "plain", "a, \"quoted\"\nline"))));
        cache.put(ItemKey.written("desk/limits"), new JsonValue(new ObjectMapper().readTree("{\"book\":\"rates\",\"dv01\":[1250.5,3]}")));
        cache.policy().awaitPersistence();
        server = AsideServer.create(console.context().engine(), ServerConfig.loopback(0, "export-parity-token")).start();
    }

    @AfterEach
    void close() {
        server.stop();
        console.close();
    }

    @ParameterizedTest
    @CsvSource({"desk/trades,CSV,csv", "desk/trades,JSON,json", "desk/trades,PARQUET,parquet", "desk/limits,JSON,json"})
    void export_sameBytesAsRest(String key, ExportFormat format, String parameter) throws Exception {
        Path file = temp.resolve("export" + format.extension());
        ItemExporter.export(console.context().cache(), ItemKey.written(key), format, file);

        HttpResponse<byte[]> rest = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/cache/api/v1.0/?function=read&path=" + key + "&format=" + parameter)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, rest.statusCode(), () -> new String(rest.body()));
        assertArrayEquals(rest.body(), Files.readAllBytes(file), () -> new String(rest.body()));
    }
}
