import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Keeps the trades at or above a quantity and writes them back into the cache as a new item under
 * this function's own prefix ({@code out/large_trades/<name>}), so later calls and scripts read the
 * smaller table. Call: function=large_trades&key=file1.snappy.parquet&min_quantity=4000000&name=large
 */
public class LargeTrades implements AsideFunction {

    @Override
    public String description() {
        return "Filters trades by quantity and stores the result as a cache item";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.optional("key", ParameterType.STRING, "file1.snappy.parquet", "a cached bond-trades table"),
                ParameterSpec.optional("min_quantity", ParameterType.INTEGER, "4000000", "smallest quantity kept"),
                ParameterSpec.optional("name", ParameterType.STRING, "large", "name of the new item under out/large_trades/"));
    }

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        Table trades = context.table(kwargs.string("key"));
        long minimum = kwargs.integer("min_quantity");
        Table large = trades.where(trades.longColumn("quantity").isGreaterThanOrEqualTo(minimum));
        String stored = context.write(kwargs.string("name"), large);
        return Map.of("stored_as", stored, "rows", large.rowCount(), "of", trades.rowCount());
    }
}
