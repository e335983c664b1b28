package dev.aside.engine.function.analytics;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.util.List;
import tech.tablesaw.api.Table;

/** {@code preview}: a window of rows of a cached table, optionally only some columns. */
final class Preview implements AsideFunction {

    /** A page a person can read; larger extracts are what filter and sql with store_as are for. */
    static final int MAX_LIMIT = 10_000;

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        Table table = context.table(kwargs.string("key"));
        long offset = kwargs.integer("offset");
        long limit = kwargs.integer("limit");
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("offset must be 0 or more and limit between 0 and " + MAX_LIMIT
                    + "; were " + offset + " and " + limit + ".");
        }
        List<String> columns = kwargs.list("columns");
        columns.forEach(name -> GroupSummarizer.column(table, name));
        Table selected = columns.isEmpty() ? table : table.selectColumns(columns.toArray(String[]::new));
        int from = (int) Math.min(offset, table.rowCount());
        int to = (int) Math.min((long) from + limit, table.rowCount());
        return selected.inRange(from, to);
    }

    @Override
    public String description() {
        return "A window of rows of a cached table.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required("key", ParameterType.STRING, "The cached table"),
                ParameterSpec.optional("offset", ParameterType.INTEGER, "0", "First row, from 0"),
                ParameterSpec.optional("limit", ParameterType.INTEGER, "20", "How many rows (at most " + MAX_LIMIT + ")"),
                ParameterSpec.optional("columns", ParameterType.LIST, null, "Columns to show, comma-separated; all when empty"));
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
