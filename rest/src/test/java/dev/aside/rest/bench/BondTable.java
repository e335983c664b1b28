package dev.aside.rest.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A bond-trades table of any size with a fixed seed, for the load benchmark and the paging tests. */
public final class BondTable {

    private static final String[] SIDES = {"BUY", "SELL"};
    private static final int ISSUERS = 2_000;

    private BondTable() {}

    public static Table generate(int rows) {
        SplittableRandom random = new SplittableRandom(42);
        String[] isins = new String[ISSUERS];
        for (int i = 0; i < ISSUERS; i++) {
            isins[i] = String.format("US%09dX%d", 100_000 + i * 37, i % 10);
        }
        LongColumn id = LongColumn.create("trade_id", rows);
        StringColumn isin = StringColumn.create("isin");
        DateColumn date = DateColumn.create("trade_date");
        DoubleColumn price = DoubleColumn.create("price", rows);
        IntColumn quantity = IntColumn.create("quantity", rows);
        StringColumn side = StringColumn.create("side");
        DoubleColumn yield = DoubleColumn.create("yield", rows);
        LocalDate start = LocalDate.of(2024, 1, 2);
        for (int row = 0; row < rows; row++) {
            id.set(row, 1_000_000L + row);
            isin.append(isins[random.nextInt(ISSUERS)]);
            date.append(start.plusDays(row % 500));
            price.set(row, Math.round((90 + random.nextDouble() * 20) * 1000) / 1000.0);
            quantity.set(row, (1 + random.nextInt(500)) * 1000);
            side.append(SIDES[random.nextInt(2)]);
            yield.set(row, Math.round((2 + random.nextDouble() * 4) * 10_000) / 10_000.0);
        }
        return Table.create("bond_trades", id, isin, date, price, quantity, side, yield);
    }
}
