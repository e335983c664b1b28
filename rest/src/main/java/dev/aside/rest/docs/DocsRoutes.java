package dev.aside.rest.docs;

import dev.aside.rest.auth.Access;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json} (the hand-written OpenAPI document, kept honest by OpenApiTest) and
 * {@code GET /api}, a Swagger-UI page over it served from the bundled webjar: nothing is fetched
 * from the internet at run time.
 */
public final class DocsRoutes {

    private final byte[] openApi = resource("openapi.json");
    private final byte[] page = resource("api.html");

    public void register(Javalin app) {
        app.get("/openapi.json", ctx -> send(ctx, "application/json", openApi), Access.OPEN);
        app.get("/api", ctx -> send(ctx, "text/html; charset=utf-8", page), Access.OPEN);
    }

    private static void send(Context ctx, String contentType, byte[] body) {
        ctx.contentType(contentType).result(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " next to " + DocsRoutes.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
