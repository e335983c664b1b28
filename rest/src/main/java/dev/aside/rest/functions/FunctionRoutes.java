package dev.aside.rest.functions;

import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.function.FunctionRegistry;
import dev.aside.rest.auth.Access;
import dev.aside.rest.output.ReplyWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/** {@code /api/v1/functions}: the callable functions with their parameters. Calls go through the seed endpoint. */
public final class FunctionRoutes {

    private final FunctionRegistry functions;

    public FunctionRoutes(FunctionRegistry functions) {
        this.functions = functions;
    }

    public void register(Javalin app) {
        app.get("/api/v1/functions", this::list, Access.READ);
        app.get("/api/v1/functions/{name}", this::describe, Access.READ);
    }

    record FunctionList(int count, List<FunctionView> functions) {}

    private void list(Context ctx) throws IOException {
        List<FunctionView> views = functions.list().stream().map(FunctionView::of).toList();
        ReplyWriter.json(ctx, new FunctionList(views.size(), views));
    }

    private void describe(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        ReplyWriter.json(ctx, functions.find(name).map(FunctionView::of)
                .orElseThrow(() -> FunctionNotFoundException.named(name)));
    }
}
