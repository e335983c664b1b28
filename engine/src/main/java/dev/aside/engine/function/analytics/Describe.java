package dev.aside.engine.function.analytics;

import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code describe}: one row per column of a cached table with type, count, nulls, exact distinct
 * count, min, max, mean, standard deviation and the most frequent values. Columns are profiled in
 * parallel (on the common fork-join pool).
 */
final class Describe implements AsideFunction {

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        return describe(context.table(kwargs.string("key")));
    }

    static Table describe(Table table) {
        List<ColumnProfile> profiles = table.columns().parallelStream().map(ColumnDescriber::describe).toList();
        return Table.create(table.name() + " description",
                StringColumn.create("column", profiles.stream().map(ColumnProfile::column)),
                StringColumn.create("type", profiles.stream().map(ColumnProfile::type)),
                LongColumn.create("count", profiles.stream().mapToLong(ColumnProfile::count)),
                LongColumn.create("nulls", profiles.stream().mapToLong(ColumnProfile::nulls)),
                LongColumn.create("distinct", profiles.stream().mapToLong(ColumnProfile::distinct)),
                StringColumn.create("min", profiles.stream().map(ColumnProfile::min)),
                StringColumn.create("max", profiles.stream().map(ColumnProfile::max)),
                DoubleColumn.create("mean", profiles.stream().mapToDouble(ColumnProfile::mean)),
                DoubleColumn.create("std", profiles.stream().mapToDouble(ColumnProfile::std)),
                StringColumn.create("top", profiles.stream().map(ColumnProfile::top)));
    }

    @Override
    public String description() {
        return "Per column: type, count, nulls, distinct, min, max, mean, std and the most frequent values.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required("key", ParameterType.STRING, "The cached table"));
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
