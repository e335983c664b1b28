package dev.aside.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A real HTTP client (java.net.http) aimed at one server on 127.0.0.1, sending an access token or none. */
public final class Client {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String token;

    public Client(int port) {
        this(port, null);
    }

    private Client(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** This client sending {@code Authorization: Bearer token} on every request. */
    public Client withToken(String accessToken) {
        return new Client(port, accessToken);
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body as a stream, for responses too big to hold as one string. */
    public HttpResponse<InputStream> getStream(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)), HttpResponse.BodyHandlers.ofInputStream());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return ApiJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }
}
