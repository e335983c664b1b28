package dev.aside.ui.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * GETs to the embedded server as a script on this machine makes them. Each call uses a fresh client,
 * so a call after Stop opens a new connection instead of reusing one the stopped server closed.
 */
final class LocalHttp {

    private LocalHttp() {}

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)));
    }

    static HttpResponse<String> get(String url, String bearerToken) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearerToken));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
