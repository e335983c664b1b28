package dev.aside.engine.function.analytics;

import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.util.List;

/**
 * {@code summarize}: group a cached table and aggregate, e.g.
 * {@code key=trades&by=security_type&agg=count,mean:price,sum:quantity}. Without {@code by}, one
 * row for the whole table.
 */
final class Summarize implements AsideFunction {

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        List<Aggregate> aggregates = kwargs.list("agg").stream().map(Aggregate::parse).toList();
        return GroupSummarizer.summarize(context.table(kwargs.string("key")), kwargs.list("by"),
                aggregates);
    }

    @Override
    public String description() {
        return "Group a cached table and count, sum, average, or take the minimum or maximum.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required("key", ParameterType.STRING, "The cached table"),
                ParameterSpec.optional("by", ParameterType.LIST, null, "Columns to group by, comma-separated"),
                ParameterSpec.optional("agg", ParameterType.LIST, "count",
                        "Aggregates: count, or sum|mean|min|max|count:column, comma-separated"));
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
