package dev.aside.rest.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aside.engine.ItemKey;
import dev.aside.engine.value.TableValue;
import dev.aside.rest.Client;
import dev.aside.rest.RunningServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A deployed function that ignores interrupts and stops only when a file appears, so a test can end
 * what the server cannot (the threads would otherwise spin for the rest of the test run).
 */
final class RunawayFunctions {

    static final String SPIN = "import dev.aside.engine.function.*;\n"
            + "import java.nio.file.*;\n"
            + "public class Spin implements AsideFunction {\n"
            + "    public Object main(FunctionContext context) {\n"
            + "        Path stop = Path.of(context.params().string(\"stop\"));\n"
            + "        while (!Files.exists(stop)) { Thread.interrupted(); }\n"
            + "        return \"stopped\";\n"
            + "    }\n"
            + "}\n";
    static final String HELLO = "import dev.aside.engine.function.*;\n"
            + "public class Hello implements AsideFunction {\n"
            + "    public Object main(FunctionContext context) { return \"hello\"; }\n"
            + "}\n";
    /** A bound on every request, so a server that stopped answering fails the test instead of hanging it. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    /** Sends the server's token: deploying and calling user functions need it even on loopback. */
    private final Client client;
    private final Path stopFile;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Deploys {@code spin} and {@code hello}, and caches a small table {@code prices} to read while they spin. */
    RunawayFunctions(RunningServer server, Path temp) {
        this.client = server.authorized();
        this.stopFile = temp.resolve("stop-spinning");
        server.engine().cache().put(ItemKey.written("prices"), new TableValue(Table.create("prices", IntColumn.create("price", 10, 20, 30))));
        deploy("spin", SPIN);
        deploy("hello", HELLO);
    }

    void deploy(String name, String source) {
        HttpResponse<String> response = client.post("/cache/api/v1.0/", "application/x-www-form-urlencoded",
                "function=function_create&name=" + name + "&body=" + URLEncoder.encode(source, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
    }

    /** Starts a spinning call without waiting for its answer. */
    CompletableFuture<HttpResponse<String>> startSpin() {
        return http.sendAsync(HttpRequest.newBuilder(client.uri("/cache/api/v1.0/?function=spin&stop="
                + URLEncoder.encode(stopFile.toString(), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + RunningServer.TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return client.send(HttpRequest.newBuilder(client.uri(pathAndQuery)).timeout(ANSWER_WITHIN));
    }

    /** Polls until {@code condition} holds; fails after about 30 s, which no healthy run comes near. */
    static void awaitTrue(String what, BooleanSupplier condition) {
        for (int attempt = 0; attempt < 300; attempt++) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
        throw new AssertionError("never happened: " + what);
    }

    /** Lets the spinning threads end. */
    void stopSpinning() {
        try {
            Files.writeString(stopFile, "stop");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
