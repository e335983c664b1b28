package dev.aside.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteStringIdsTest {

    @Test
    void idOf_manyValuesRepeated_firstAppearanceIdsAndSameStrings() {
        ByteStringIds ids = new ByteStringIds();
        int distinct = 100_000;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < distinct; i++) {
                assertEquals(i, ids.idOf(utf8("value-" + i + "-é")), "round " + round);
            }
        }
        assertEquals(distinct, ids.size());
        assertEquals("value-0-é", ids.string(0));
        assertEquals("value-99999-é", ids.string(99_999));
    }

    @Test
    void idOf_sliceOfLargerArray_usesOnlyTheSliceAndLeavesItUnchanged() {
        ByteStringIds ids = new ByteStringIds();
        ByteBuffer slice = ByteBuffer.wrap("xxabcyy".getBytes(StandardCharsets.UTF_8), 2, 3);

        int id = ids.idOf(slice);

        assertEquals(id, ids.idOf(utf8("abc")));
        assertEquals("abc", ids.string(id));
        assertEquals(2, slice.position());
        assertEquals(0, ids.idOf(ByteBuffer.allocateDirect(3).put(utf8("abc")).flip()));
    }

    @Test
    void idOf_emptyAndPrefixValues_distinct() {
        ByteStringIds ids = new ByteStringIds();

        assertEquals(0, ids.idOf(utf8("")));
        assertEquals(1, ids.idOf(utf8("a")));
        assertEquals(2, ids.idOf(utf8("aa")));
        assertEquals(0, ids.idOf(utf8("")));
    }

    private static ByteBuffer utf8(String value) {
        return ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8));
    }
}
