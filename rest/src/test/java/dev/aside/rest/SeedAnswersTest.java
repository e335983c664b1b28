package dev.aside.rest;

import dev.aside.engine.ItemKey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.bench.BondTrades;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the seed answered to its own scripts, called with the seed's parameter names against a real server. */
class SeedAnswersTest {

    private static final String API = "/cache/api/v1.0/";

    @TempDir
    Path temp;

    @Test
    void dataRead_withoutReturn_answersMetaWithoutTheTable_readStillAnswersData() throws Exception {
        try (RunningServer server = RunningServer.start(temp)) {
            BondTrades.writeParquet(20_000, server.sorRoot().resolve("trades.parquet"));
            HttpResponse<String> meta = server.get(API + "?function=data_read&path=trades.parquet");
            assertEquals("success", SeedCurlCompatibilityTest.ok(meta).at("/return/value/result").asText());
            assertTrue(meta.body().length() < 200, "the table is not sent: " + meta.body().length() + " bytes");
            assertEquals(20_000, server.engine().cache().head(ItemKey.of("sd", "trades.parquet")).orElseThrow().rows(), "but it is loaded");

            JsonNode data = SeedCurlCompatibilityTest.ok(server.get(API + "?function=data_read&path=trades.parquet&return=data&limit=2"));
            assertEquals(2, data.at("/return/value").size());
            JsonNode read = SeedCurlCompatibilityTest.ok(server.get(API + "?function=read&path=trades.parquet&limit=3"));
            assertEquals(3, read.at("/return/value").size());
        }
    }

    @Test
    void functionCreate_takesTheSeedsFunctionNameAndFunctionBody() {
        try (RunningServer server = RunningServer.start(temp)) {
            String body = "function=function_create&function_name=greet&function_body=" + encode(
                    "import dev.aside.engine.function.*;\n"
                            + "public class Greet implements AsideFunction { public Object main(FunctionContext c) { return \"hi \" + c.params().string(\"who\"); } }");
            HttpResponse<String> deployed = server.authorized().post(API, "application/x-www-form-urlencoded", body);
            assertEquals("success", SeedCurlCompatibilityTest.ok(deployed).at("/return/value/result").asText());
            JsonNode called = SeedCurlCompatibilityTest.ok(server.authorized().get(API + "?function=greet&who=seed"));
            assertEquals("hi seed", called.at("/return/value").asText());
        }
    }

    @Test
    void functionCreate_pythonBody_is422SayingFunctionsAreJava_withTheJavaForm() {
        try (RunningServer server = RunningServer.start(temp)) {
            String python = "import pandas as pd\n\ndef main(cache, **kwargs):\n    return kwargs.get('message')\n";
            HttpResponse<String> refused = server.authorized().post(API, "application/x-www-form-urlencoded",
                    "function=function_create&function_name=top_movers&function_body=" + encode(python));
            JsonNode error = ErrorStatusTest.assertError(refused, 422, "function_compile", "Aside functions are Java");
            String message = error.get("message").asText();
            assertTrue(message.contains("public class TopMovers implements AsideFunction"), message);
            assertTrue(message.contains("public Object main(FunctionContext context)"), message);
            assertTrue(server.engine().functions().find("top_movers").isEmpty(), "nothing deployed");
        }
    }

    @Test
    void unsupportedFileType_is415NamingItBeforeTheSorIsAsked_whetherOrNotTheFileExists() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.snappy.parq", "not read");
            for (String function : new String[] {"create", "read", "data_read", "update", "head", "cache_create"}) {
                for (String path : new String[] {"file1.snappy.parq", "missing.snappy.parq"}) {
                    JsonNode error = ErrorStatusTest.assertError(server.get(API + "?function=" + function + "&path=" + path),
                            415, "unsupported_format", "'.parq' is not supported");
                    assertTrue(error.get("message").asText().contains(".csv, .json, .parquet"), error.toString());
                }
            }
            assertTrue(server.engine().cache().list().isEmpty());
        }
    }

    @Test
    void pi_significantDigits_printsThatManyDigitsAfterThePoint() {
        try (RunningServer server = RunningServer.start(temp)) {
            JsonNode pi = SeedCurlCompatibilityTest.ok(server.get(API + "?function=pi&significant_digits=10"));
            assertEquals("3.1415926535", pi.at("/return/value").asText());
        }
    }

    @Test
    void randomNumber_startAboveStopNanOrInfinity_is400() {
        try (RunningServer server = RunningServer.start(temp)) {
            for (String bad : new String[] {"start=6&stop=1", "start=NaN&stop=1", "start=0&stop=Infinity", "start=-Infinity"}) {
                ErrorStatusTest.assertError(server.get(API + "?function=random_number&" + bad), 400, "invalid_parameter",
                        "start <= stop");
            }
            double value = SeedCurlCompatibilityTest.ok(server.get(API + "?function=random_number&start=1&stop=1"))
                    .at("/return/value").asDouble();
            assertEquals(1.0, value);
        }
    }

    @Test
    void unknownStorage_is400OnEveryCall_alsoForACachedKey() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.json", "{\"a\": 1}");
            SeedCurlCompatibilityTest.ok(server.get(API + "?function=create&path=file1.json"));
            for (String function : new String[] {"create", "read", "data_read", "head", "update", "delete"}) {
                ErrorStatusTest.assertError(server.get(API + "?function=" + function + "&path=file1.json&storage=s4"),
                        400, "invalid_parameter", "'s4'");
            }
            assertFalse(server.engine().cache().head(ItemKey.of("sd", "file1.json")).isEmpty(), "the cached item is untouched");
            SeedCurlCompatibilityTest.ok(server.get(API + "?function=read&path=file1.json&storage=sd"));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
