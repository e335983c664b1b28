package dev.aside.engine.function.sql;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemKey;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.BuiltinCache;
import dev.aside.engine.function.CallDeadline;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import dev.aside.engine.sql.SqlEngine;
import java.util.List;

/**
 * {@code sql}: a SELECT over cached tables, run by the engine's {@link SqlEngine} (see there for
 * how tables are named and what is refused), the seed's {@code @sql_result}. The call's remaining
 * time is the query's time limit; cancelling the call interrupts its thread, which stops the query.
 */
final class SqlFunction implements AsideFunction {

    private final SqlEngine engine;

    SqlFunction(SqlEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        Cache cache = BuiltinCache.of(context);
        String query = kwargs.string("query");
        if (kwargs.has("store_as")) {
            ItemKey key = ItemKey.written(kwargs.string("store_as"));
            engine.store(cache, query, key, CallDeadline.remaining());
            return cache.read(key).value();
        }
        return engine.table(cache, query, CallDeadline.remaining());
    }

    @Override
    public String description() {
        return "Run SQL (DuckDB) over cached tables; name a table by its key in double quotes.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required("query", ParameterType.STRING,
                        "A SELECT; refer to cached tables as \"data/trades.parquet\""),
                ParameterSpec.optional("store_as", ParameterType.STRING, null, "Also cache the result under this key"));
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.RUNS_CALLER_CODE;
    }
}
