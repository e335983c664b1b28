package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Functions through the seed endpoint: built-ins, function_create round trip, and the listing. */
class FunctionsTest {

    private static final String API = "/cache/api/v1.0/";

    @TempDir
    Path temp;

    @Test
    void functionCreate_thenCall_passesKeywordParameters_andListsIt() {
        try (RunningServer server = RunningServer.start(temp)) {
            String source = ErrorStatusTest.IMPORTS
                    + "public class Greet implements AsideFunction {\n"
                    + "    public Object main(FunctionContext context) {\n"
                    + "        return java.util.Map.of(\"greeting\", \"hello \" + context.params().string(\"who\"), \"times\", context.params().integer(\"times\", 1));\n"
                    + "    }\n"
                    + "}\n";
            JsonNode created = SeedCurlCompatibilityTest.ok(server.authorized().post(API, "application/json",
                    "{\"data\": {\"function\": \"function_create\", \"name\": \"greet\", \"source\": "
                            + ApiJson.MAPPER.valueToTree(source) + "}}"));
            assertEquals("success", created.at("/return/value/result").asText());

            JsonNode called = SeedCurlCompatibilityTest.ok(server.authorized().get(API + "?function=greet&who=world&times=3"));
            assertEquals("hello world", called.at("/return/value/greeting").asText());
            assertEquals(3, called.at("/return/value/times").asInt());

            JsonNode listed = RunningServer.json(server.get("/api/v1/functions"));
            assertTrue(listed.get("count").asInt() > 5);
            JsonNode greet = RunningServer.json(server.get("/api/v1/functions/greet"));
            assertEquals("user", greet.get("origin").asText());
            assertEquals("greet.java", greet.get("source_file").asText());
            JsonNode echo = RunningServer.json(server.get("/api/v1/functions/echo"));
            assertEquals("message", echo.at("/parameters/0/name").asText());
            assertEquals("builtin", echo.get("origin").asText());
        }
    }

    @Test
    void functionCreate_asFormWithSeedBodyParameter_withReturnData_givesTheFunction() {
        try (RunningServer server = RunningServer.start(temp)) {
            String source = ErrorStatusTest.IMPORTS
                    + "public class Seven implements AsideFunction {\n"
                    + "    public Object main(FunctionContext context) { return 7; }\n"
                    + "}\n";
            JsonNode created = SeedCurlCompatibilityTest.ok(server.authorized().post(API, "application/x-www-form-urlencoded",
                    "function=function_create&return=data&name=seven&body=" + URLEncoder.encode(source, StandardCharsets.UTF_8)));
            assertEquals("seven", created.at("/return/value/name").asText());
            assertEquals(7, SeedCurlCompatibilityTest.ok(server.authorized().get(API + "?function=seven")).at("/return/value").asInt());
        }
    }

    @Test
    void cacheItemStats_takesKey_andReservedParametersStayOut() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.json", "{\"a\": 1, \"b\": 2}");
            server.get(API + "?function=create&path=file1.json");
            JsonNode stats = SeedCurlCompatibilityTest.ok(server.get(API + "?function=cache_item_stats&key=file1.json&time=true&return=data"))
                    .at("/return/value");
            assertEquals("file1.json", stats.get("key").asText());
            assertEquals("sd", stats.get("storage").asText());
            JsonNode meta = SeedCurlCompatibilityTest.ok(server.get(API + "?function=echo&message=x&return=meta"));
            assertEquals("success", meta.at("/return/value/result").asText());
        }
    }

    @Test
    void cacheHead_withoutPath_isTheSeedOverview_withPath_isItemHead() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.json", "{\"a\": 1}");
            server.get(API + "?function=create&path=file1.json");

            JsonNode overview = SeedCurlCompatibilityTest.ok(server.get(API + "?function=cache_head")).at("/return/value");
            JsonNode head = SeedCurlCompatibilityTest.ok(server.get(API + "?function=cache_head&path=file1.json"))
                    .at("/return/value");

            assertTrue(overview.toString().contains("file1.json"), overview.toString());
            assertEquals("sd:file1.json", head.get("key").asText());
            assertEquals("file1.json", head.get("path").asText());
        }
    }
}
