package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed and hostile requests, sent as raw bytes where an HTTP client would refuse to send them:
 * each is the documented JSON error with the right status, and the server answers normally afterwards.
 */
class HostileInputTest {

    private static final String API = "/cache/api/v1.0/";

    @TempDir
    Path temp;

    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(temp);
        server.source("file1.json", "{\"a\": 1}");
    }

    @AfterEach
    void stillServes_thenStop() {
        try {
            assertEquals(200, server.get(API + "?function=read&path=file1.json").statusCode(), "the server still answers");
        } finally {
            server.close();
        }
    }

    @Test
    void badPercentEscapeInQuery_is400Json() throws IOException {
        for (String query : new String[] {"?function=read&path=%zz.json", "?function=echo&message=100%", "?path=%E0%A4%A"}) {
            assertJsonError(raw("GET " + API + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
        }
        assertJsonError(raw("GET /api/v1/sor/sd?prefix=%G1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void badPercentEscapeInForm_andBrokenMultipart_are400Json() throws IOException {
        ErrorStatusTest.assertError(server.post(API, "application/x-www-form-urlencoded", "function=read&path=%zz"),
                400, "invalid_parameter", "form body");
        String broken = "--XYZ\r\nContent-Disposition: form-data; name=\"function\"\r\n\r\nread\r\n--XYZ\r\nContent-Dispo";
        ErrorStatusTest.assertError(server.post(API, "multipart/form-data; boundary=XYZ", broken), 400,
                "invalid_parameter", "form body");
        ErrorStatusTest.assertError(server.post(API, "multipart/form-data", "no boundary at all"), 400,
                "invalid_parameter", "form body");
    }

    @Test
    void patchTraceOptionsConnect_are405WithAllow() throws IOException {
        for (String method : new String[] {"PATCH", "TRACE", "OPTIONS"}) {
            String answer = raw(method + " " + API + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            JsonNode error = assertJsonError(answer, 405);
            assertTrue(header(answer, "Allow").contains("GET"), method + ": " + answer);
            assertTrue(header(answer, "Allow").contains("DELETE"), method + ": " + answer);
            assertEquals("http_405", error.get("type").asText());
        }
        String connect = raw("CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\nConnection: close\r\n\r\n");
        assertJsonError(connect, 405);
        assertTrue(header(connect, "Allow").contains("GET"), connect);
        HttpResponse<String> patch = server.send(HttpRequest.newBuilder(server.uri("/api/v1/items"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(405, patch.statusCode());
        assertTrue(patch.headers().firstValue("Allow").orElse("").contains("GET"), patch.headers().toString());
    }

    @Test
    void jettysOwnAnswers_400_414_431_505_areJson() throws IOException {
        assertJsonError(raw("GET /cache/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
        assertJsonError(raw("GET /cache/api/v1.0/ HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\nConnection: close\r\n\r\n"), 400);
        assertJsonError(raw("GET " + API + "?path=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 414);
        assertJsonError(raw("GET " + API + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "y".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 431);
        assertJsonError(raw("GET " + API + " HTTP/2.5\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 505);
    }

    @Test
    void tooLargeBody_is413Json() throws IOException {
        String body = "function=echo&message=" + "z".repeat(3_000_000);
        assertJsonError(raw("POST " + API + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body), 413);
    }

    @Test
    void invalidFunctionNameAtDeploy_is400() {
        HttpResponse<String> answer = server.authorized().post(API, "application/x-www-form-urlencoded",
                "function=function_create&function_name=..%2Fevil&function_body=class%20X%20%7B%7D");
        ErrorStatusTest.assertError(answer, 400, "invalid_parameter", "not a function name");
    }

    private static JsonNode assertJsonError(String answer, int status) throws IOException {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer.lines().findFirst().orElse(answer));
        assertTrue(header(answer, "Content-Type").startsWith("application/json"), answer);
        String body = body(answer);
        assertFalse(body.contains("<html") || body.contains("\tat "), body);
        JsonNode error = ApiJson.MAPPER.readTree(body).get("error");
        assertEquals(status, error.get("status").asInt(), body);
        assertFalse(error.get("message").asText().isBlank());
        return error;
    }

    private static String header(String answer, String name) {
        return answer.substring(0, answer.indexOf("\r\n\r\n")).lines()
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse("");
    }

    /** Sends bytes as they are and reads the whole answer; the server closes after it (Connection: close). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedEarly) {
                // Jetty may answer and close before a too-large request is fully sent; read what it said.
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The body, with a chunked transfer encoding undone. */
    private static String body(String answer) {
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        if (!header(answer, "Transfer-Encoding").equalsIgnoreCase("chunked")) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        for (int at = 0; ; ) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
