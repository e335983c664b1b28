package dev.aside.rest.error;

import dev.aside.engine.AsideException;
import dev.aside.engine.CacheStorageException;
import dev.aside.engine.CorruptDataException;
import dev.aside.engine.FunctionBusyException;
import dev.aside.engine.FunctionCancelledException;
import dev.aside.engine.FunctionCompileException;
import dev.aside.engine.FunctionFailedException;
import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.FunctionTimeoutException;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.InvalidPathException;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemNotFoundException;
import dev.aside.engine.ObjectNotFoundException;
import dev.aside.engine.SorAccessDeniedException;
import dev.aside.engine.SorUnavailableException;
import dev.aside.engine.UnknownStorageException;
import dev.aside.engine.UnsupportedFormatException;
import dev.aside.rest.ApiJson;
import dev.aside.rest.auth.AuthException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP statuses. Engine exceptions carry person-safe messages and
 * facts (the item's key, the configured storages); this class adds what an API caller does next
 * (the parameter to pass, the server variable to set), and sends them, except a storage failure's, which names the server's own folders and is
 * logged instead; anything else is logged here once and answered with a bare 500 that reveals nothing
 * about the server. A user function that throws is a 500 carrying its message, but
 * not a server fault, so it is not logged as one.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Where Javalin's 405 keeps the methods the path has. */
    private static final String AVAILABLE_METHODS = "availableMethods";
    /** Every method the API answers somewhere; CONNECT, on no path, gets this as its {@code Allow}. */
    private static final String API_METHODS = "GET, POST, PUT, DELETE, HEAD";

    private ErrorMapping() {}

    public static void register(Javalin app) {
        app.before(ctx -> {
            if (ctx.method() == HandlerType.CONNECT) {
                throw new MethodNotAllowedResponse(); // a proxy's method; this server is no proxy
            }
        });
        app.exception(AsideException.class, (e, ctx) -> {
            if (e instanceof FunctionBusyException busy) {
                busy.retryAfter().ifPresent(wait -> ctx.header("Retry-After", Long.toString(wait.toSeconds())));
            }
            send(ctx, forEngine(e));
        });
        app.exception(AuthException.class, (e, ctx) -> send(ctx, new ApiError(e.status(), e.type(), e.getMessage(), null)));
        app.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            ctx.header(Header.ALLOW, e.getDetails().getOrDefault(AVAILABLE_METHODS, API_METHODS));
            if (ctx.method() == HandlerType.CONNECT) {
                ctx.header(Header.CONNECTION, "close"); // else Jetty keeps a CONNECT's connection open as a tunnel
            }
            send(ctx, new ApiError(405, "http_405", ctx.method() + " is not allowed here; allowed: "
                    + ctx.res().getHeader(Header.ALLOW) + ".", null));
        });
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus() == 413
                ? JsonErrorHandler.forStatus(413) : new ApiError(e.getStatus(), "http_" + e.getStatus(), e.getMessage(), null)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, new ApiError(500, "internal_error", "The server failed unexpectedly; the log has details.", null));
        });
    }

    /**
     * Errors ({@link OutOfMemoryError} above all) never reach {@link #register}'s handlers: Javalin
     * hands them here. A request that ran the heap short fails alone with a JSON 503, logged in one
     * line; by the time this runs its allocations are garbage, so the server goes on serving.
     */
    public static void onError(HttpServletResponse res, Error error) {
        ApiError answer;
        if (error instanceof OutOfMemoryError) {
            LOG.error("A request ran out of memory and was answered 503: {}", error.getMessage());
            res.setHeader("Retry-After", "5");
            answer = new ApiError(503, "out_of_memory", "The server ran short of memory for this request; nothing "
                    + "was changed. Try again shortly, or ask for less at once (fewer rows, a smaller item).", null);
        } else {
            LOG.error("Unexpected error", error);
            answer = new ApiError(500, "internal_error", "The server failed unexpectedly; the log has details.", null);
        }
        if (res.isCommitted()) {
            return;
        }
        try {
            res.setStatus(answer.status());
            res.setContentType(ApiJson.CONTENT_TYPE);
            res.getOutputStream().write(json(answer));
        } catch (java.io.IOException | IllegalStateException e) {
            LOG.warn("Could not send the error answer: {}", e.getMessage());
        }
    }

    static ApiError forEngine(AsideException e) {
        int status = statusOf(e);
        if (status == 500 && !(e instanceof FunctionFailedException)) {
            LOG.error("Engine failure: {}", e.getMessage(), e);
        }
        return new ApiError(status, typeOf(e), message(e), diagnostics(e));
    }

    /**
     * The message sent. A failing disk tier names the server's cache folder, which is the operator's
     * business, not the caller's: the full message is in the log (above), the caller gets what to do.
     */
    private static String message(AsideException e) {
        if (e instanceof CacheStorageException) {
            return "The server's local cache storage failed (disk full, permissions or a damaged catalog); "
                    + "the server log names the folder and the cause. Try again, or ask the server's operator.";
        }
        return e.getMessage() + remedy(e);
    }

    /** What a caller of this API does next, from the facts the engine exception carries. */
    private static String remedy(AsideException e) {
        if (e instanceof UnknownStorageException unknown) {
            return unknown.configured().isEmpty()
                    ? " The server's operator sets REMOTE_STORAGE to a folder or AWS_BUCKET_NAME to an S3 bucket."
                    : " Pass storage=" + String.join(" or storage=", unknown.configured())
                            + ", or leave storage out for " + unknown.configured().get(0) + ".";
        }
        if (e instanceof ItemNotFoundException notFound && notFound.key() != null) {
            ItemKey key = notFound.key();
            String list = "list what is cached with GET /api/v1/items.";
            return key.isWritten() ? " To see what is cached, " + list
                    : " Load it from its source first (function=create&path=" + key.path() + "&storage="
                            + key.storage() + "), or " + list;
        }
        return "";
    }

    private static int statusOf(AsideException e) {
        if (e instanceof InvalidParameterException || e instanceof InvalidPathException) {
            return 400;
        }
        if (e instanceof ObjectNotFoundException || e instanceof ItemNotFoundException
                || e instanceof FunctionNotFoundException) {
            return 404;
        }
        if (e instanceof UnsupportedFormatException) {
            return 415;
        }
        if (e instanceof FunctionCompileException || e instanceof CorruptDataException) {
            return 422;
        }
        if (e instanceof FunctionTimeoutException) {
            return 504;
        }
        if (e instanceof FunctionCancelledException || e instanceof FunctionBusyException) {
            return 503;
        }
        if (e instanceof SorAccessDeniedException) {
            return 502;
        }
        if (e instanceof SorUnavailableException) {
            return 503;
        }
        return 500;
    }

    /**
     * {@code ItemNotFoundException} becomes {@code item_not_found}. An unknown storage keeps the type
     * scripts already match on, {@code invalid_parameter}; its message says which storages exist.
     */
    private static String typeOf(AsideException e) {
        Class<?> type = e instanceof UnknownStorageException ? InvalidParameterException.class : e.getClass();
        String name = type.getSimpleName().replaceFirst("Exception$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<ApiError.Diagnostic> diagnostics(AsideException e) {
        if (e instanceof FunctionCompileException compile && !compile.diagnostics().isEmpty()) {
            return compile.diagnostics().stream()
                    .map(d -> new ApiError.Diagnostic(d.line(), d.column(), d.message())).toList();
        }
        return null;
    }

    /** An error as the JSON document sent. */
    static byte[] json(ApiError error) {
        try {
            return ApiJson.MAPPER.writeValueAsBytes(new ApiError.Body(error));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void send(Context ctx, ApiError error) {
        if (ctx.res().isCommitted()) {
            LOG.warn("{} {} failed after its response began ({}): {}", ctx.method(), ctx.path(), error.status(),
                    error.message());
            return;
        }
        ctx.status(error.status()).contentType(ApiJson.CONTENT_TYPE).result(json(error));
    }
}
