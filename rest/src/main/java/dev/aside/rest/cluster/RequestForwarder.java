package dev.aside.rest.cluster;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sends a request on to another member and streams its answer back unchanged, so a 10-million-row page
 * or Parquet file passes through without being held. The caller's credentials travel with it: the
 * member that answers applies the same access rules with the same token.
 */
final class RequestForwarder {

    /** Marks a request that one member already forwarded: the next member answers it, never forwards again. */
    static final String FORWARDED_HEADER = "X-Aside-Forwarded";
    /** Tells the client (and tests) which member answered. */
    static final String SERVED_BY_HEADER = "X-Aside-Served-By";

    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept");
    private static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "content-disposition", "retry-after",
            "www-authenticate", "allow");
    /** A live member accepts a connection at once; longer means it is gone or going. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    private final String localUrl;

    RequestForwarder(String localUrl) {
        this.localUrl = localUrl;
    }

    /**
     * Forwards {@code ctx}'s request to {@code memberUrl} and streams the answer into {@code ctx}.
     *
     * @throws MemberUnreachableException when the member cannot be reached (it died or is leaving)
     */
    void forward(Context ctx, String memberUrl) throws MemberUnreachableException {
        String query = ctx.queryString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(memberUrl + ctx.path()
                        + (query == null ? "" : "?" + query)))
                .method(ctx.method().name(), body(ctx))
                .header(FORWARDED_HEADER, localUrl);
        for (String name : REQUEST_HEADERS) {
            String value = ctx.header(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new MemberUnreachableException(memberUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MemberUnreachableException(memberUrl, e);
        }
        ctx.status(response.statusCode());
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (RESPONSE_HEADERS.contains(lower) || lower.startsWith("x-aside-")) {
                values.forEach(value -> ctx.res().addHeader(name, value));
            }
        });
        ctx.header(SERVED_BY_HEADER, memberUrl);
        ctx.result(response.body());
    }

    private static HttpRequest.BodyPublisher body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        return bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes);
    }

    /** The member did not answer: it died or is leaving, and the cluster will name another holder. */
    static final class MemberUnreachableException extends Exception {
        MemberUnreachableException(String memberUrl, Throwable cause) {
            super("Member " + memberUrl + " did not answer: " + cause.getMessage(), cause);
        }
    }
}
