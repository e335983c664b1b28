package dev.aside.rest.items;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.rest.auth.Access;
import dev.aside.rest.output.ReplyWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * {@code /api/v1/items}: the cached items and their metadata, without loading any value. Each item
 * shows {@code storage} and {@code path} (its identity) and {@code key}, their {@code storage:path} form.
 */
public final class ItemRoutes {

    private final Cache cache;

    public ItemRoutes(Cache cache) {
        this.cache = cache;
    }

    public void register(Javalin app) {
        app.get("/api/v1/items", this::list, Access.READ);
        app.get("/api/v1/items/<key>", this::head, Access.READ);
    }

    record ItemList(int count, List<ItemInfo> items) {}

    private void list(Context ctx) throws IOException {
        List<ItemInfo> items = cache.list();
        ReplyWriter.json(ctx, new ItemList(items.size(), items));
    }

    /**
     * One item's entry: {@code /api/v1/items/sd:data/a.csv}, or the path with {@code ?storage=sd};
     * a bare path without {@code storage} resolves as the engine's rule says.
     */
    private void head(Context ctx) throws IOException {
        String name = ctx.pathParam("key");
        String storage = ctx.queryParam("storage");
        ItemKey key = storage == null ? cache.resolve(name) : cache.resolve(storage, name);
        ReplyWriter.json(ctx, cache.head(key)
                .orElseThrow(() -> ItemNotFoundException.notCached(key)));
    }
}
