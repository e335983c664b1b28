package dev.aside.engine.function.analytics;

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

/** {@code filter}: the rows of a cached table that meet a {@code where} condition (see {@link RowFilter}). */
final class Filter implements AsideFunction {

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        Cache cache = BuiltinCache.of(context);
        Table table = context.table(kwargs.string("key"));
        Table rows = table.where(RowFilter.select(table, kwargs.string("where")));
        if (kwargs.has("store_as")) {
            cache.put(ItemKey.written(kwargs.string("store_as")), new TableValue(rows));
        }
        return rows;
    }

    @Override
    public String description() {
        return "Rows of a cached table matching conditions like price>100 and security_type='CORP'.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required("key", ParameterType.STRING, "The cached table"),
                ParameterSpec.required("where", ParameterType.STRING,
                        "Conditions column op value joined by and; op is = != < <= > >="),
                ParameterSpec.optional("store_as", ParameterType.STRING, null, "Also cache the result under this key"));
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
