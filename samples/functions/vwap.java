import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Volume-weighted average price per CUSIP: sum(price x quantity) / sum(quantity), over trades with
 * a price. Call: function=vwap&key=file1.snappy.parquet&top=10
 */
public class Vwap implements AsideFunction {

    @Override
    public String description() {
        return "Volume-weighted average price per CUSIP, largest traded volume first";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.optional("key", ParameterType.STRING, "file1.snappy.parquet", "a cached bond-trades table"),
                ParameterSpec.optional("top", ParameterType.INTEGER, "20", "how many CUSIPs to return"));
    }

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        Table trades = context.table(kwargs.string("key"));
        StringColumn cusips = trades.stringColumn("cusip");
        DoubleColumn prices = trades.doubleColumn("price");
        LongColumn quantities = trades.longColumn("quantity");
        Map<String, double[]> sums = new HashMap<>();
        for (int row = 0; row < trades.rowCount(); row++) {
            double price = prices.getDouble(row);
            if (Double.isNaN(price)) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(cusips.get(row), c -> new double[2]);
            sum[0] += price * quantities.getLong(row);
            sum[1] += quantities.getLong(row);
        }
        StringColumn cusip = StringColumn.create("cusip");
        DoubleColumn vwap = DoubleColumn.create("vwap");
        DoubleColumn volume = DoubleColumn.create("volume");
        sums.forEach((name, sum) -> {
            cusip.append(name);
            vwap.append(sum[0] / sum[1]);
            volume.append(sum[1]);
        });
        Table result = Table.create("vwap", cusip, vwap, volume).sortDescendingOn("volume");
        return result.first((int) kwargs.integer("top"));
    }
}
