package dev.aside.rest.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.rest.ChildServer;
import dev.aside.rest.Client;
import dev.aside.rest.auth.TokenSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of heap fails one request with a JSON answer, and the server keeps serving. The server
 * runs as a child process with a small heap, so the test JVM's own heap is never at stake. The hog
 * takes 32 MB at a time, so its own allocation is the one that fails; a function that fills the heap
 * in small steps can make any thread of the server hit the error at that moment.
 */
class OutOfMemoryTest {

    private static final String HOG = "import dev.aside.engine.function.*;\n"
            + "public class Hog implements AsideFunction {\n"
            + "    public Object main(FunctionContext context) {\n"
            + "        java.util.List<long[]> held = new java.util.ArrayList<>();\n"
            + "        while (true) { held.add(new long[1 << 22]); }\n"
            + "    }\n"
            + "}\n";

    private static final String TOKEN = "out-of-memory-test-token";

    @TempDir
    Path temp;

    @Test
    void functionExhaustingTheHeap_failsAloneWithJsonError_andABigReadIsJson503_andServerKeepsServing()
            throws Exception {
        Path sor = temp.resolve("sor");
        Files.createDirectories(sor);
        Files.writeString(sor.resolve("small.json"), "{\"served\": true}");
        writeBigCsv(sor.resolve("big.csv"));
        Path stdout = temp.resolve("stdout.txt");
        ProcessBuilder child = new ProcessBuilder(ChildServer.javaCommand("128m", "--port", "0",
                "--data-dir", temp.resolve("data").toString(), "--sd-root", sor.toString(),
                "--functions-dir", temp.resolve("functions").toString(), "--memory-limit", "16m"))
                .redirectOutput(stdout.toFile()).redirectError(temp.resolve("stderr.txt").toFile());
        child.environment().put(TokenSource.ENVIRONMENT_VARIABLE, TOKEN);
        Process process = child.start();
        try {
            Client client = new Client(Integer.parseInt(ChildServer.awaitListening(stdout, process).group(2)));
            Client code = client.withToken(TOKEN); // deploying and running a user function need it
            assertEquals(200, code.post("/cache/api/v1.0/", "application/x-www-form-urlencoded",
                    "function=function_create&name=hog&body=" + URLEncoder.encode(HOG, StandardCharsets.UTF_8))
                    .statusCode());

            HttpResponse<String> hog = code.get("/cache/api/v1.0/?function=hog");
            assertEquals(500, hog.statusCode(), hog.body());
            assertTrue(Client.json(hog).at("/error/message").asText().contains("ran out of memory"), hog.body());
            assertServing(client);

            HttpResponse<String> big = client.get("/cache/api/v1.0/?function=read&path=big.csv");
            JsonNode error = Client.json(big).get("error");
            assertEquals(503, big.statusCode(), big.body());
            assertEquals("out_of_memory", error.get("type").asText(), big.body());
            assertServing(client);
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("child server's log:\n" + Files.readString(temp.resolve("stderr.txt")), e);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void assertServing(Client client) {
        assertEquals(200, client.get("/health").statusCode());
        assertEquals(200, client.get("/cache/api/v1.0/?function=echo&message=alive").statusCode());
        assertEquals(true, Client.json(client.get("/cache/api/v1.0/?function=read&path=small.json"))
                .at("/return/value/served").asBoolean());
    }

    /** About 200 MB of text columns: far more than a 128 MB heap can hold once parsed. */
    private static void writeBigCsv(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,name,note\n");
            for (int row = 0; row < 2_500_000; row++) {
                out.write(row + ",name-" + row + ",a note that makes every row long enough " + row + "\n");
            }
        }
    }
}
