import dev.aside.engine.Cache;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.CachedTables;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import dev.aside.engine.value.TableValue;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Keeps the trades at or above a quantity and writes them back into the cache as a new item, so
 * later calls and scripts read the smaller table. Call:
 * function=large_trades&key=file1.snappy.parquet&min_quantity=4000000&store_as=results/large_trades
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
                ParameterSpec.optional("store_as", ParameterType.STRING, "results/large_trades", "key of the new item"));
    }

    @Override
    public Object main(Cache cache, Kwargs kwargs) {
        Table trades = CachedTables.require(cache, kwargs.string("key"));
        long minimum = kwargs.integer("min_quantity");
        Table large = trades.where(trades.longColumn("quantity").isGreaterThanOrEqualTo(minimum));
        ItemInfo stored = cache.put(ItemKey.written(kwargs.string("store_as")), new TableValue(large));
        return Map.of("stored_as", stored.path(), "rows", stored.rows(), "of", trades.rowCount());
    }
}
