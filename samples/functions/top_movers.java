import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The CUSIPs whose average price on a trade date moved most against their own previous trade date
 * (bonds trade rarely, so each CUSIP is compared with its last earlier trade, not the day before).
 * Call: function=top_movers&key=file1.snappy.parquet&date=2024-06-03&top=5
 */
public class TopMovers implements AsideFunction {

    @Override
    public String description() {
        return "CUSIPs with the largest average-price change against their previous trade date";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.optional("key", ParameterType.STRING, "file1.snappy.parquet", "a cached bond-trades table"),
                ParameterSpec.optional("date", ParameterType.STRING, "", "trade date (YYYY-MM-DD); default the latest"),
                ParameterSpec.optional("top", ParameterType.INTEGER, "10", "how many movers to return"));
    }

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        Table trades = context.table(kwargs.string("key"));
        DateColumn dates = trades.dateColumn("trade_date");
        String asked = kwargs.string("date");
        LocalDate day = asked.isEmpty() ? dates.max() : LocalDate.parse(asked);
        Map<String, DayAverage> today = new HashMap<>();
        Map<String, DayAverage> before = new HashMap<>();
        DoubleColumn prices = trades.doubleColumn("price");
        StringColumn cusips = trades.stringColumn("cusip");
        for (int row = 0; row < trades.rowCount(); row++) {
            double price = prices.getDouble(row);
            LocalDate date = dates.get(row);
            if (Double.isNaN(price) || date.isAfter(day)) {
                continue;
            }
            String cusip = cusips.get(row);
            Map<String, DayAverage> side = date.equals(day) ? today : before;
            DayAverage current = side.get(cusip);
            if (current == null || current.date.isBefore(date)) {
                side.put(cusip, current = new DayAverage(date));
            }
            if (current.date.equals(date)) {
                current.add(price);
            }
        }
        StringColumn cusip = StringColumn.create("cusip");
        DateColumn previousDate = DateColumn.create("previous_date");
        DoubleColumn from = DoubleColumn.create("previous_price");
        DoubleColumn to = DoubleColumn.create("price");
        DoubleColumn change = DoubleColumn.create("change");
        today.forEach((name, now) -> {
            DayAverage then = before.get(name);
            if (then != null) {
                cusip.append(name);
                previousDate.append(then.date);
                from.append(then.average());
                to.append(now.average());
                change.append(now.average() - then.average());
            }
        });
        Table movers = Table.create("top_movers_" + day, cusip, previousDate, from, to, change);
        movers.addColumns(change.abs().setName("abs_change"));
        return movers.sortDescendingOn("abs_change").first((int) kwargs.integer("top"));
    }

    /** The prices of one CUSIP on one date. */
    private static final class DayAverage {
        final LocalDate date;
        double sum;
        int count;

        DayAverage(LocalDate date) {
            this.date = date;
        }

        void add(double price) {
            sum += price;
            count++;
        }

        double average() {
            return sum / count;
        }
    }
}
