package dev.aside.rest;

import dev.aside.engine.AsideEngine;
import dev.aside.rest.auth.Access;
import dev.aside.rest.auth.AccessGuard;
import dev.aside.rest.auth.BrowserGuard;
import dev.aside.rest.cluster.ClusterMember;
import dev.aside.rest.cluster.ClusterRouting;
import dev.aside.rest.cluster.ClusterRoutes;
import dev.aside.rest.docs.DocsRoutes;
import dev.aside.rest.error.ErrorMapping;
import dev.aside.rest.error.JsonErrorHandler;
import dev.aside.rest.error.PercentEscapes;
import dev.aside.rest.functions.FunctionRoutes;
import dev.aside.rest.items.ItemRoutes;
import dev.aside.rest.seed.SeedRoutes;
import dev.aside.rest.sor.SorRoutes;
import dev.aside.rest.telemetry.RequestLog;
import dev.aside.rest.telemetry.RequestRecord;
import dev.aside.rest.telemetry.TelemetryRoutes;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server over one engine, used by the headless {@link ServerMain} and embedded by the
 * desktop console. The engine is the caller's: stopping the server leaves it open.
 */
public final class AsideServer {

    /** One registered endpoint, as OpenAPI and the console list them. */
    public record Route(String method, String path) {}

    /** How long {@link #stop()} lets requests in flight finish; a streamed 10M-row body may need a few seconds. */
    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final ServerConfig config;
    private final Javalin app;
    private final RequestLog requestLog;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    private AsideServer(AsideEngine engine, ServerConfig config, ClusterMember member) {
        this.config = config;
        this.requestLog = new RequestLog(config.requestLogSize());
        AccessGuard guard = new AccessGuard(config.token(), config.loopbackOnly(), config.writesNeedToken());
        BrowserGuard browsers = new BrowserGuard(config.corsOrigins(), config.loopbackOnly());
        TelemetryRoutes telemetry = new TelemetryRoutes(engine.cache(), engine.functions(),
                member == null ? () -> null : () -> member.view().health());
        requestLog.subscribe(telemetry::record);
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.disableCompression();
            cfg.jetty.threadPool = threadPool(config.threads());
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.setErrorHandler(new JsonErrorHandler());
            });
            cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
            cfg.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
            cfg.pvt.javaLangErrorHandler(ErrorMapping::onError);
            cfg.staticFiles.enableWebjars();
            if (!config.corsOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(cors -> config.corsOrigins()
                        .forEach(origin -> cors.addRule(rule -> rule.allowHost(origin))));
            }
            cfg.events.handlerAdded(meta -> {
                if (meta.getHttpMethod().isHttpMethod()) {
                    routes.add(new Route(meta.getHttpMethod().name(), meta.getPath()));
                }
            });
            cfg.requestLogger.http((ctx, millis) -> requestLog.record(answered(ctx, millis)));
        });
        app.before(PercentEscapes::checkQuery);
        app.beforeMatched(ctx -> {
            Access access = access(ctx);
            browsers.check(ctx, access);
            guard.check(ctx, access);
        });
        ErrorMapping.register(app);
        new SeedRoutes(engine, guard, member == null ? ClusterRouting.LOCAL : member.routing()).register(app);
        if (member != null) {
            new ClusterRoutes(member).register(app);
        }
        new ItemRoutes(engine.cache()).register(app);
        new SorRoutes(engine.cache()).register(app);
        new FunctionRoutes(engine.functions()).register(app);
        telemetry.register(app);
        new DocsRoutes().register(app);
    }

    public static AsideServer create(AsideEngine engine, ServerConfig config) {
        return new AsideServer(engine, config, null);
    }

    /**
     * A server that is one member of a team: requests about a path are answered by the member holding
     * it. {@code member} must have joined with this server's address.
     */
    public static AsideServer clustered(AsideEngine engine, ServerConfig config, ClusterMember member) {
        return new AsideServer(engine, config, member);
    }

    public AsideServer start() {
        app.start(config.bind(), config.port());
        return this;
    }

    /** Stops accepting requests and waits for those in flight; the engine stays open. */
    public void stop() {
        app.stop();
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        return "http://" + host + ":" + port();
    }

    /** Every endpoint, in registration order. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The last requests answered, oldest first. */
    public List<RequestRecord> recentRequests() {
        return requestLog.recent();
    }

    /** Tells {@code listener} of every answered request, on the request's thread; close to stop. */
    public AutoCloseable onRequest(Consumer<RequestRecord> listener) {
        return requestLog.subscribe(listener);
    }

    private static Access access(Context ctx) {
        return ctx.routeRoles().stream().filter(Access.class::isInstance).map(Access.class::cast)
                .findFirst().orElse(Access.READ);
    }

    private static RequestRecord answered(Context ctx, float millis) {
        String query = ctx.queryString();
        return new RequestRecord(Instant.now(), ctx.method().name(), query == null ? ctx.path() : ctx.path() + "?" + query,
                route(ctx), ctx.statusCode(), millis);
    }

    /** The matched endpoint's pattern; Javalin only knows it once an endpoint matched. */
    private static String route(Context ctx) {
        try {
            return ctx.endpointHandlerPath();
        } catch (IllegalStateException unmatched) {
            return "unmatched";
        }
    }

    private static QueuedThreadPool threadPool(int threads) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 4));
        pool.setName("aside-http");
        return pool;
    }
}
