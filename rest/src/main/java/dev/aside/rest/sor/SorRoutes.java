package dev.aside.rest.sor;

import dev.aside.engine.Cache;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.rest.auth.Access;
import dev.aside.rest.output.ReplyWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * {@code /api/v1/sor/{storage}}: one page of the objects under a prefix in a system of record,
 * with the token for the next page.
 */
public final class SorRoutes {

    static final int DEFAULT_PAGE_SIZE = 100;

    private final Cache cache;

    public SorRoutes(Cache cache) {
        this.cache = cache;
    }

    public void register(Javalin app) {
        app.get("/api/v1/sor", this::storages, Access.READ);
        app.get("/api/v1/sor/{storage}", this::list, Access.READ);
    }

    record Storages(List<String> storages) {}

    record Listing(String storage, String prefix, List<ObjectMeta> objects, List<String> folders, String nextToken) {}

    private void storages(Context ctx) throws IOException {
        ReplyWriter.json(ctx, new Storages(cache.storages()));
    }

    private void list(Context ctx) throws IOException {
        SystemOfRecord sor = cache.systemOfRecord(ctx.pathParam("storage"));
        String prefix = ctx.queryParam("prefix") == null ? "" : ctx.queryParam("prefix");
        boolean delimited = Boolean.parseBoolean(ctx.queryParam("delimited"));
        int pageSize = pageSize(ctx.queryParam("page_size"));
        ObjectPage page = sor.list(prefix, delimited, ctx.queryParam("token"), pageSize);
        ReplyWriter.json(ctx, new Listing(sor.name(), prefix, page.objects(), page.folders(), page.nextToken()));
    }

    private static int pageSize(String raw) {
        if (raw == null) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("Parameter 'page_size' must be a whole number, was '" + raw + "'.");
        }
    }
}
