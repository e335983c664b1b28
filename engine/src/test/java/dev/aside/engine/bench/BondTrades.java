package dev.aside.engine.bench;

import dev.aside.engine.format.ParquetTableWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Deterministic bond-trade tables for tests and benchmarks: the same row count always gives the same
 * table. Columns: {@code cusip} (9 characters, up to 50,000 distinct), {@code price} (double, about
 * 1% missing), {@code security_type} (8 distinct), {@code trade_date} (two years of days) and
 * {@code quantity} (long).
 */
public final class BondTrades {

    public static final int MAX_DISTINCT_CUSIPS = 50_000;
    public static final String[] SECURITY_TYPES = {
        "TREASURY", "AGENCY", "CORPORATE", "MUNICIPAL", "MBS", "ABS", "CMO", "SUPRANATIONAL"};
    public static final LocalDate FIRST_TRADE_DATE = LocalDate.of(2023, 1, 2);
    public static final int TRADE_DAYS = 730;

    private static final long SEED = 20_240_611L;
    private static final String CUSIP_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private BondTrades() {
    }

    /** A table of {@code rows} trades. */
    public static Table generate(int rows) {
        Random random = new Random(SEED);
        String[] cusips = new String[Math.max(1, Math.min(MAX_DISTINCT_CUSIPS, rows / 10))];
        for (int i = 0; i < cusips.length; i++) {
            cusips[i] = cusip(random, i);
        }
        StringColumn cusip = StringColumn.create("cusip");
        double[] prices = new double[rows];
        StringColumn securityType = StringColumn.create("security_type");
        int[] tradeDates = new int[rows];
        long[] quantities = new long[rows];
        for (int r = 0; r < rows; r++) {
            int issue = random.nextInt(cusips.length);
            cusip.append(cusips[issue]);
            prices[r] = random.nextInt(100) == 0 ? Double.NaN : Math.round((80 + random.nextDouble() * 40) * 1000) / 1000.0;
            securityType.append(SECURITY_TYPES[issue % SECURITY_TYPES.length]);
            tradeDates[r] = PackedLocalDate.pack(FIRST_TRADE_DATE.plusDays(random.nextInt(TRADE_DAYS)));
            quantities[r] = 1_000L * (1 + random.nextInt(5_000));
        }
        return Table.create("bond_trades", cusip, DoubleColumn.create("price", prices), securityType,
                DateColumn.createInternal("trade_date", tradeDates),
                LongColumn.create("quantity", quantities));
    }

    /** Writes {@link #generate} as snappy Parquet. */
    public static Path writeParquet(int rows, Path file) {
        ParquetTableWriter.write(generate(rows), file);
        return file;
    }

    /** Unique per index: the index in base 34, padded with random characters to 9. */
    private static String cusip(Random random, int index) {
        char[] chars = new char[9];
        int rest = index;
        for (int i = 0; i < 4; i++) {
            chars[i] = CUSIP_CHARACTERS.charAt(rest % CUSIP_CHARACTERS.length());
            rest /= CUSIP_CHARACTERS.length();
        }
        for (int i = 4; i < 9; i++) {
            chars[i] = CUSIP_CHARACTERS.charAt(random.nextInt(CUSIP_CHARACTERS.length()));
        }
        return new String(chars);
    }

    /** Usage: {@code BondTrades FOLDER ROWS...}; writes {@code bond_trades_ROWS.parquet} for each count. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BondTrades FOLDER ROWS [ROWS...]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            int rows = Integer.parseInt(args[i].replace("_", ""));
            Path file = writeParquet(rows, folder.resolve("bond_trades_" + rows + ".parquet"));
            System.out.printf("%s: %,d rows, %,d bytes%n", file, rows, Files.size(file));
        }
    }
}
