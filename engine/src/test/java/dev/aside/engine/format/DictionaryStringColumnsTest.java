package dev.aside.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.StringColumn;

/**
 * A column built from codes behaves exactly like one Tablesaw built by appending, for each key width
 * (byte up to 254 distinct values, short up to 65,534, int beyond), including later changes.
 */
class DictionaryStringColumnsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 254, 255, 65_534, 65_535, 70_000})
    void create_anyDistinctCount_behavesLikeAppendedColumn(int distinct) {
        List<String> dictionary = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            dictionary.add("v" + i);
        }
        int rows = distinct * 2 + 3;
        int[] codes = new int[rows];
        StringColumn appended = StringColumn.create("s");
        for (int r = 0; r < rows; r++) {
            // First appearance in dictionary order, then repeats, with a missing value every 7th row.
            codes[r] = r % 7 == 3 ? -1 : (r < distinct ? r : r % distinct);
            if (codes[r] < 0) {
                appended.appendMissing();
            } else {
                appended.append(dictionary.get(codes[r]));
            }
        }

        StringColumn built = DictionaryStringColumns.create("s", codes, used(dictionary, codes));

        assertSameColumn(appended, built);
        for (StringColumn column : List.of(appended, built)) {
            column.append("new value");
            column.append("v0");
            column.appendMissing();
            column.set(0, "changed");
        }
        assertSameColumn(appended, built);
        assertTrue(built.isMissing(rows + 2));
    }

    /** The dictionary minus values no row uses (rows skipped for missing may hide a few). */
    private static List<String> used(List<String> dictionary, int[] codes) {
        boolean[] seen = new boolean[dictionary.size()];
        for (int code : codes) {
            if (code >= 0) {
                seen[code] = true;
            }
        }
        List<String> used = new ArrayList<>();
        int[] renumbered = new int[dictionary.size()];
        for (int id = 0; id < dictionary.size(); id++) {
            if (seen[id]) {
                renumbered[id] = used.size();
                used.add(dictionary.get(id));
            }
        }
        for (int r = 0; r < codes.length; r++) {
            if (codes[r] >= 0) {
                codes[r] = renumbered[codes[r]];
            }
        }
        return used;
    }

    private static void assertSameColumn(StringColumn expected, StringColumn actual) {
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.countMissing(), actual.countMissing());
        assertEquals(expected.countUnique(), actual.countUnique());
        assertEquals(expected.unique().asList(), actual.unique().asList());
        assertEquals(expected.isEqualTo("v1").size(), actual.isEqualTo("v1").size());
        assertEquals(expected.countOccurrences("v0"), actual.countOccurrences("v0"));
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.get(r), actual.get(r), "row " + r);
        }
    }
}
