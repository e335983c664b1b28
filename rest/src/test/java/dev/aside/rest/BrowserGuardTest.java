package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web pages cannot drive a loopback server without a token: foreign Origin, cross-site Sec-Fetch-Site
 * and (against DNS rebinding) a foreign Host are refused, while curl-like calls, the server's own
 * /api page and a configured --cors-origin keep working.
 */
class BrowserGuardTest {

    private static final String API = "/cache/api/v1.0/";
    private static final String CREATE_FUNCTION = API + "?function=function_create&name=evil&body=x";
    private static final String REFUSED = "browser_request_refused";

    @TempDir
    Path temp;

    @Test
    void curlLikeRequests_withoutOriginOrSecFetch_work() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.json", "{\"a\": 1}");
            assertEquals(200, server.get(API + "?function=read&path=file1.json").statusCode());
            assertEquals(200, server.post(API, "application/x-www-form-urlencoded", "function=delete&path=file1.json")
                    .statusCode());
            assertTrue(rawGet(server, "localhost:" + server.server().port(), "/health").startsWith("HTTP/1.1 200"));
            assertTrue(rawGet(server, "127.0.0.2", "/health").startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void foreignOrigin_isRefused_andNothingRuns() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.json", "{\"a\": 1}");
            ErrorStatusTest.assertError(withHeader(server, CREATE_FUNCTION, "Origin", "http://evil.example"),
                    403, REFUSED, "--cors-origin");
            ErrorStatusTest.assertError(withHeader(server, API + "?function=read&path=file1.json", "Origin", "null"),
                    403, REFUSED, "web pages");
            HttpResponse<String> formPost = server.send(HttpRequest.newBuilder(server.uri(API))
                    .header("Origin", "http://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("function=delete&path=file1.json")));
            ErrorStatusTest.assertError(formPost, 403, REFUSED, "web pages");
            assertFalse(server.get("/api/v1/functions").body().contains("\"evil\""), "the function was not created");
        }
    }

    @Test
    void crossSiteAndSameSiteSecFetch_areRefused_sameOriginAndNoneAreNot() {
        try (RunningServer server = RunningServer.start(temp)) {
            String echo = API + "?function=echo&message=hi";
            ErrorStatusTest.assertError(withHeader(server, echo, "Sec-Fetch-Site", "cross-site"), 403, REFUSED, "script");
            ErrorStatusTest.assertError(withHeader(server, echo, "Sec-Fetch-Site", "same-site"), 403, REFUSED, "script");
            assertEquals(200, withHeader(server, echo, "Sec-Fetch-Site", "same-origin").statusCode());
            assertEquals(200, withHeader(server, echo, "Sec-Fetch-Site", "none").statusCode());
            assertEquals(200, withHeader(server, "/api", "Sec-Fetch-Site", "cross-site").statusCode(),
                    "links to the API documentation keep working");
        }
    }

    @Test
    void foreignHost_isRefused_againstDnsRebinding() {
        try (RunningServer server = RunningServer.start(temp)) {
            String answer = rawGet(server, "evil.example:" + server.server().port(), API + "?function=echo&message=hi");
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
            assertTrue(answer.contains(REFUSED) && answer.contains("localhost"), answer);
            assertTrue(rawGet(server, "[::1]:" + server.server().port(), API + "?function=echo&message=hi")
                    .startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void theServersOwnPage_mayPost_withItsOrigin() {
        try (RunningServer server = RunningServer.start(temp)) {
            HttpResponse<String> fromApiPage = server.send(HttpRequest.newBuilder(server.uri(API))
                    .header("Origin", "http://127.0.0.1:" + server.server().port()).header("Sec-Fetch-Site", "same-origin")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"function\": \"echo\", \"message\": \"hi\"}")));
            assertEquals(200, fromApiPage.statusCode(), fromApiPage.body());
        }
    }

    @Test
    void configuredCorsOrigin_isAllowed() {
        try (RunningServer server = RunningServer.start(temp,
                config -> config.withCorsOrigins(List.of("http://app.example")))) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(API + "?function=echo&message=hi"))
                    .header("Origin", "http://app.example").header("Sec-Fetch-Site", "cross-site"));
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("http://app.example", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertEquals(403, withHeader(server, API + "?function=echo&message=hi", "Origin", "http://evil.example")
                    .statusCode());
        }
    }

    private static HttpResponse<String> withHeader(RunningServer server, String target, String name, String value) {
        return server.send(HttpRequest.newBuilder(server.uri(target)).header(name, value));
    }

    /** A GET with a chosen Host header, which java.net.http does not allow setting: the raw response. */
    private static String rawGet(RunningServer server, String host, String target) {
        try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
