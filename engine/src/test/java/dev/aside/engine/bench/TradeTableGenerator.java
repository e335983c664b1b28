package dev.aside.engine.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A synthetic bond-trades table for the analytics benchmark: cusip (about 50,000 distinct),
 * security_type (8 distinct), trade_date (a year of days), price (par-like, three decimals, about
 * 1% missing) and quantity (lots of 1,000). Seeded, so every run builds the same data. To be unified
 * with the formats branch's BondTrades generator.
 */
final class TradeTableGenerator {

    static final String[] SECURITY_TYPES = {"CORP", "MUNI", "TSY", "AGENCY", "MBS", "ABS", "CMO", "SOVEREIGN"};
    private static final int CUSIPS = 50_000;

    private TradeTableGenerator() {}

    static Table generate(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] cusips = new String[CUSIPS];
        for (int i = 0; i < CUSIPS; i++) {
            cusips[i] = String.format("%06X%02dX%d", random.nextInt(1 << 24), i % 100, i % 10);
        }
        StringColumn cusip = StringColumn.create("cusip");
        StringColumn type = StringColumn.create("security_type");
        DateColumn date = DateColumn.create("trade_date");
        double[] price = new double[rows];
        long[] quantity = new long[rows];
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int row = 0; row < rows; row++) {
            cusip.append(cusips[random.nextInt(CUSIPS)]);
            type.append(SECURITY_TYPES[random.nextInt(SECURITY_TYPES.length)]);
            date.append(start.plusDays(random.nextInt(365)));
            price[row] = random.nextInt(100) == 0 ? Double.NaN : Math.round((70 + random.nextDouble() * 60) * 1000) / 1000.0;
            quantity[row] = 1_000L * (1 + random.nextInt(5_000));
        }
        return Table.create("trades", cusip, type, date, DoubleColumn.create("price", price),
                LongColumn.create("quantity", quantity));
    }
}
