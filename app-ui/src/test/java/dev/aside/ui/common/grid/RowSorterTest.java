package dev.aside.ui.common.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/** The grid's primitive-key sort against a plain comparator sort of the same rows: same order, ties in table order, missing last. */
class RowSorterTest {

    private static final int ROWS = 20_000;
    private final Random random = new Random(7);

    @Test
    void doubles_withNegativesDuplicatesAndMissing_sortAsNumbers() {
        DoubleColumn column = DoubleColumn.create("price");
        for (int i = 0; i < ROWS; i++) {
            if (i % 50 == 0) {
                column.appendMissing();
            } else {
                column.append(random.nextInt(400) / 4.0 - 50 + (i % 7 == 0 ? 1e-9 : 0)); // duplicates, tiny differences, negatives
            }
        }
        column.set(3, -0.0);
        column.set(4, 0.0);
        column.set(5, Double.MAX_VALUE);
        column.set(6, -Double.MAX_VALUE);
        assertSortedLikeComparator(column, Comparator.comparingDouble(column::getDouble));
    }

    @Test
    void longs_acrossTheWholeRange_sortAsNumbers() {
        LongColumn column = LongColumn.create("quantity");
        for (int i = 0; i < ROWS; i++) {
            column.append(i % 3 == 0 ? random.nextInt(10) : random.nextLong());
        }
        column.set(0, Long.MIN_VALUE);
        column.set(1, Long.MAX_VALUE);
        column.setMissing(2);
        assertSortedLikeComparator(column, Comparator.comparingLong(column::getLong));
    }

    @Test
    void ints_withBothSigns_sortAsNumbers() {
        IntColumn column = IntColumn.create("n");
        for (int i = 0; i < ROWS; i++) {
            column.append(random.nextInt(2_001) - 1_000);
        }
        column.setMissing(9);
        assertSortedLikeComparator(column, Comparator.comparingInt(column::getInt));
    }

    @Test
    void strings_sortByValue_notByDictionaryKey() {
        StringColumn column = StringColumn.create("cusip");
        String[] values = {"zeta", "alpha", "Mike", "bravo", "alpha2", "", "échelle"};
        for (int i = 0; i < ROWS; i++) {
            column.append(values[random.nextInt(values.length)]); // "" is Tablesaw's missing string
        }
        assertSortedLikeComparator(column, Comparator.comparing(column::get));
    }

    @Test
    void dates_sortChronologically() {
        DateColumn column = DateColumn.create("trade_date");
        LocalDate first = LocalDate.of(1999, 12, 30);
        for (int i = 0; i < ROWS; i++) {
            column.append(first.plusDays(random.nextInt(800)));
        }
        column.setMissing(0);
        assertSortedLikeComparator(column, Comparator.comparing(column::get));
    }

    /** Both directions: present rows by {@code byValue} with ties in table order, then the missing rows in table order. */
    private static void assertSortedLikeComparator(Column<?> column, Comparator<Integer> byValue) {
        for (boolean ascending : new boolean[] {true, false}) {
            Comparator<Integer> direction = ascending ? byValue : byValue.reversed();
            int[] expected = IntStream.concat(
                    IntStream.range(0, column.size()).filter(row -> !column.isMissing(row)).boxed()
                            .sorted(direction.thenComparing(Comparator.naturalOrder())).mapToInt(Integer::intValue),
                    IntStream.range(0, column.size()).filter(column::isMissing)).toArray();
            int[] rows = IntStream.range(0, column.size()).toArray();
            assertArrayEquals(expected, RowSorter.sort(rows, column, ascending), column.name() + (ascending ? " ascending" : " descending"));
        }
    }
}
