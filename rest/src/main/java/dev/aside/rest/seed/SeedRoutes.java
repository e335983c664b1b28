package dev.aside.rest.seed;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.Cache;
import dev.aside.engine.CachedItem;
import dev.aside.engine.CacheStats;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.ReadOptions;
import dev.aside.engine.function.FunctionInfo;
import dev.aside.engine.function.FunctionRegistry;
import dev.aside.engine.function.FunctionResult;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.rest.auth.Access;
import dev.aside.rest.auth.AccessGuard;
import dev.aside.rest.auth.FunctionAccess;
import dev.aside.rest.cluster.ClusterRouting;
import dev.aside.rest.functions.FunctionView;
import dev.aside.rest.output.OutputFormat;
import dev.aside.rest.output.Reply;
import dev.aside.rest.output.ReplyWriter;
import dev.aside.rest.output.RowRange;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;

/**
 * The seed's endpoint, {@code /cache/api/v1.0/}, kept exactly as scripts call it: {@code function}
 * selects the operation (default by verb: GET read, POST create, PUT update, DELETE delete), any
 * other name calls that function with the remaining parameters, and HEAD answers memory telemetry
 * as headers. Each operation is one engine call.
 */
public final class SeedRoutes {

    public static final String PATH = ReplyWriter.SEED_URI;

    /** The built-ins' parameter that writes their result into the cache. */
    private static final String STORE_AS = "store_as";

    private final Cache cache;
    private final FunctionRegistry functions;
    private final AccessGuard guard;
    private final ClusterRouting routing;

    public SeedRoutes(AsideEngine engine, AccessGuard guard, ClusterRouting routing) {
        this.cache = engine.cache();
        this.functions = engine.functions();
        this.guard = guard;
        this.routing = routing;
    }

    public void register(Javalin app) {
        app.get(PATH, ctx -> handle(ctx, SeedRequest.parse(ctx, "read")), Access.READ);
        app.post(PATH, ctx -> handle(ctx, SeedRequest.parse(ctx, "create")), Access.READ);
        app.put(PATH, ctx -> handle(ctx, byVerb(ctx, "update", CacheFunction.UPDATE)), Access.WRITE);
        app.delete(PATH, ctx -> handle(ctx, byVerb(ctx, "delete", CacheFunction.DELETE)), Access.WRITE);
        app.head(PATH, this::telemetry, Access.READ);
    }

    private void handle(Context ctx, SeedRequest request) throws IOException {
        CacheFunction function = CacheFunction.named(request.function())
                .filter(named -> !isCacheOverview(request, named)).orElse(null);
        guard.check(ctx, access(request, function)); // the route's role was only the verb's least
        if (routing.forwardedToHolder(ctx, function == CacheFunction.FUNCTION_CREATE ? null : request.path())) {
            return; // in a team, the member holding the item answered
        }
        if (function == null) {
            routing.awaitFunction(request.function());
        }
        boolean data = request.returnsData(function == null || function.returnsDataByDefault());
        OutputFormat format = request.format();
        RowRange range = request.range();
        Reply reply = function == null ? call(request, data) : switch (function) {
            case CREATE, READ, DATA_READ, UPDATE -> item(request, function, data);
            case DELETE -> delete(request);
            case HEAD -> head(request, data);
            case FUNCTION_CREATE -> deploy(request, data);
        };
        if (format != null && data) {
            ReplyWriter.bare(ctx, reply, format, range);
        } else {
            ReplyWriter.envelope(ctx, request.path(), reply, range);
        }
    }

    private Reply item(SeedRequest request, CacheFunction function, boolean data) {
        ItemKey key = request.key(cache);
        ReadOptions options = request.validate() ? ReadOptions.VALIDATE : ReadOptions.DEFAULT;
        long started = System.nanoTime();
        CachedItem item = function == CacheFunction.UPDATE ? cache.update(key) : cache.read(key, options);
        if (data) {
            return Reply.of(item.value());
        }
        return Reply.of(request.time() ? MetaResult.timed(System.nanoTime() - started, item.info().lastAccess())
                : MetaResult.SUCCESS);
    }

    /** Any other name: a call into the function registry with the non-reserved parameters. */
    private Reply call(SeedRequest request, boolean data) {
        long started = System.nanoTime();
        FunctionResult result = functions.call(request.function(), request.functionParams());
        if (data) {
            return Reply.of(result.value());
        }
        return Reply.of(request.time() ? MetaResult.timed(System.nanoTime() - started, null) : MetaResult.SUCCESS);
    }

    /**
     * The seed had {@code cache_head} both as the long name of {@code head} (with a path) and as a
     * function answering keys, local files and memory (without one); both keep working.
     */
    private static boolean isCacheOverview(SeedRequest request, CacheFunction named) {
        return named == CacheFunction.HEAD && "cache_head".equals(request.function()) && request.path() == null;
    }

    /**
     * The seed's {@code function_create}: the name as {@code function_name} (the seed's) or {@code name},
     * the Java source as {@code function_body} (the seed's), {@code body}, {@code source} or {@code code}.
     * A Python body, as the seed took, is a 422 that shows the Java form.
     */
    private Reply deploy(SeedRequest request, boolean data) {
        String name = firstPresent(request.param("function_name"), request.param("name"));
        String source = firstPresent(request.param("function_body"), request.param("body"), request.param("source"),
                request.param("code"));
        if (name == null || name.isBlank() || source == null || source.isBlank()) {
            throw new InvalidParameterException("function_create needs parameters 'function_name' and 'function_body' "
                    + "(the Java source of a class implementing AsideFunction).");
        }
        if (PythonSource.looksLikePython(source)) {
            throw PythonSource.refusal(name.trim());
        }
        FunctionInfo info = functions.deploy(name.trim(), source);
        return Reply.of(data ? FunctionView.of(info) : MetaResult.SUCCESS);
    }

    /**
     * What a call needs from the caller ({@link AccessGuard} says when that means the token). Cache
     * operations by their kind; a function call by what the function declares it does
     * ({@link FunctionAccess}); an unknown name as code, the most.
     */
    private Access access(SeedRequest request, CacheFunction function) {
        if (function != null) {
            return switch (function) {
                case CREATE, READ, DATA_READ, HEAD -> Access.READ;
                case UPDATE, DELETE -> Access.WRITE;
                case FUNCTION_CREATE -> Access.CODE;
            };
        }
        return functions.find(request.function())
                .map(info -> FunctionAccess.of(info, request.param(STORE_AS) != null))
                .orElse(Access.CODE);
    }

    private Reply delete(SeedRequest request) {
        ItemKey key = request.key(cache);
        if (!cache.delete(key)) {
            throw ItemNotFoundException.notCached(key);
        }
        return Reply.of(MetaResult.SUCCESS);
    }

    /** The catalog entry of a cached item; for one not cached, its SOR's metadata (never its content). */
    private Reply head(SeedRequest request, boolean data) {
        ItemKey key = request.key(cache);
        Optional<ItemInfo> info = cache.head(key);
        if (info.isPresent()) {
            return Reply.of(data ? info.get() : MetaResult.SUCCESS);
        }
        if (key.isWritten()) {
            throw ItemNotFoundException.notCached(key);
        }
        SystemOfRecord sor = cache.systemOfRecord(key.storage());
        cache.policy().formats().forPath(key.path()); // a type Aside cannot read is refused before the SOR is asked
        return Reply.of(data ? SorHead.of(sor.name(), sor.stat(key.path())) : MetaResult.SUCCESS);
    }

    /** PUT and DELETE are the operation; a {@code function} that names another one is a mistake. */
    private static SeedRequest byVerb(Context ctx, String verbFunction, CacheFunction expected) {
        SeedRequest request = SeedRequest.parse(ctx, verbFunction);
        if (CacheFunction.named(request.function()).orElse(null) != expected) {
            throw new InvalidParameterException(ctx.method() + " " + PATH + " is '" + verbFunction
                    + "'; it cannot run function '" + request.function() + "'. Use GET or POST for that.");
        }
        return request;
    }

    /** HEAD: the memory tier's figures as response headers, no body. */
    private void telemetry(Context ctx) {
        CacheStats stats = cache.stats();
        ctx.header("X-Aside-Memory-Used-Bytes", Long.toString(stats.memoryUsedBytes()))
                .header("X-Aside-Memory-Limit-Bytes", Long.toString(stats.memoryLimitBytes()))
                .header("X-Aside-Items", Long.toString(stats.itemCount()))
                .header("X-Aside-Memory-Items", Long.toString(stats.memoryItemCount()))
                .header("X-Aside-Memory-Hits", Long.toString(stats.memoryHits()))
                .header("X-Aside-Disk-Hits", Long.toString(stats.diskHits()))
                .header("X-Aside-Misses", Long.toString(stats.misses()))
                .header("X-Aside-Evictions", Long.toString(stats.evictions()));
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
