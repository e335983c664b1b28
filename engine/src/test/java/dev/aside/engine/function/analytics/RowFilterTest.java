package dev.aside.engine.function.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.InvalidParameterException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The public face of the one filter grammar, as the console's grid calls it. */
class RowFilterTest {

    private final Table trades = Table.create("trades",
            DoubleColumn.create("price", 99.5, 101.0, 150.25, Double.NaN, 120.0),
            StringColumn.create("side", "BUY", "SELL", "SELL", "SELL", "BUY"));

    @Test
    void select_andConditions_keepRowsMeetingAll() {
        assertArrayEquals(new int[] {1, 2}, RowFilter.select(trades, "side='SELL' and price>100").toArray());
        assertArrayEquals(new int[] {1, 2}, RowFilter.select(trades, "side = SELL AND price >= 101").toArray());
        assertArrayEquals(new int[] {4}, RowFilter.select(trades, "price<130&&side=BUY && price!=99.5").toArray());
    }

    @Test
    void select_missingNumber_matchesNoCondition() {
        assertArrayEquals(new int[] {0, 1, 2, 4}, RowFilter.select(trades, "price!=0").toArray());
    }

    @Test
    void select_invalidInput_saysWhatToWrite() {
        String notNumber = assertThrows(InvalidParameterException.class,
                () -> RowFilter.select(trades, "price>cheap")).getMessage();
        assertTrue(notNumber.contains("'price' holds numbers"), notNumber);
        String noColumn = assertThrows(InvalidParameterException.class,
                () -> RowFilter.select(trades, "size>1")).getMessage();
        assertEquals("There is no column 'size'; columns are price, side.", noColumn);
        assertThrows(InvalidParameterException.class, () -> RowFilter.select(trades, "price and side=BUY"));
    }
}
