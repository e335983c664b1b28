package dev.aside.engine.function.sql;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemKey;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.BuiltinCache;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import dev.aside.engine.value.TableValue;
import java.util.List;
import tech.tablesaw.api.Table;

/** {@code sql}: a SELECT over cached tables (see {@link SqlQuery} for how to name them), the seed's {@code @sql_result}. */
final class SqlFunction implements AsideFunction {

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        Cache cache = BuiltinCache.of(context);
        Table result = SqlQuery.run(cache, kwargs.string("query"));
        if (kwargs.has("store_as")) {
            cache.put(ItemKey.written(kwargs.string("store_as")), new TableValue(result));
        }
        return result;
    }

    @Override
    public String description() {
        return "Run SQL over cached tables; name a table by its key in double quotes.";
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
