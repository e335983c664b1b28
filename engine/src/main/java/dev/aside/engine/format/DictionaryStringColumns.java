package dev.aside.engine.format;

import it.unimi.dsi.fastutil.bytes.Byte2IntOpenHashMap;
import it.unimi.dsi.fastutil.bytes.Byte2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ByteOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ShortOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2IntOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2ObjectOpenHashMap;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;
import tech.tablesaw.columns.strings.StringColumnType;

/**
 * Builds a Tablesaw {@link StringColumn} straight from dictionary codes, through the public builders
 * of Tablesaw's dictionary maps, instead of appending (and hashing) every row's string.
 *
 * <p>The maps must look exactly as if Tablesaw had appended the rows itself, or later appends,
 * lookups and counts go wrong. Tablesaw 0.43 keys values from {@code MIN_VALUE + 1} upwards in
 * first-appearance order, keeps {@code MAX_VALUE} for the missing value "", uses {@code MIN_VALUE}
 * as the "no such value" answer of its reverse map, and picks the narrowest key type that fits
 * (byte up to 254 distinct values, short up to 65,534, else int). Checked against Tablesaw's own
 * appends by {@code DictionaryStringColumnsTest}. The three builders below differ only in key type:
 * fastutil's primitive-specialised maps share no interface through which one method could fill them.
 */
final class DictionaryStringColumns {

    /** Distinct values each key width can hold besides the missing value. */
    private static final int BYTE_CAPACITY = Byte.MAX_VALUE - Byte.MIN_VALUE - 1;
    private static final int SHORT_CAPACITY = Short.MAX_VALUE - Short.MIN_VALUE - 1;

    private DictionaryStringColumns() {
    }

    /**
     * A column whose row {@code r} holds {@code dictionary.get(codes[r])}, or is missing where
     * {@code codes[r] < 0}. Codes must be numbered in first-appearance order and every dictionary
     * entry must be used and distinct and not "".
     */
    static StringColumn create(String name, int[] codes, List<String> dictionary) {
        int[] counts = new int[dictionary.size()];
        int missing = 0;
        for (int code : codes) {
            if (code < 0) {
                missing++;
            } else {
                counts[code]++;
            }
        }
        DictionaryMap map;
        if (dictionary.size() <= BYTE_CAPACITY) {
            map = byteMap(codes, dictionary, counts, missing);
        } else if (dictionary.size() <= SHORT_CAPACITY) {
            map = shortMap(codes, dictionary, counts, missing);
        } else {
            map = intMap(codes, dictionary, counts, missing);
        }
        return StringColumn.createInternal(name, map);
    }

    private static DictionaryMap byteMap(int[] codes, List<String> dictionary, int[] counts, int missing) {
        byte first = Byte.MIN_VALUE + 1;
        byte[] keys = new byte[codes.length];
        for (int r = 0; r < codes.length; r++) {
            keys[r] = codes[r] < 0 ? Byte.MAX_VALUE : (byte) (first + codes[r]);
        }
        Byte2ObjectOpenHashMap<String> keyToValue = new Byte2ObjectOpenHashMap<>(dictionary.size() + 1);
        Object2ByteOpenHashMap<String> valueToKey = new Object2ByteOpenHashMap<>(dictionary.size() + 1);
        valueToKey.defaultReturnValue(Byte.MIN_VALUE);
        Byte2IntOpenHashMap keyToCount = new Byte2IntOpenHashMap(dictionary.size() + 1);
        for (int id = 0; id < dictionary.size(); id++) {
            byte key = (byte) (first + id);
            keyToValue.put(key, dictionary.get(id));
            valueToKey.put(dictionary.get(id), key);
            keyToCount.put(key, counts[id]);
        }
        if (missing > 0) {
            keyToValue.put(Byte.MAX_VALUE, StringColumnType.missingValueIndicator());
            valueToKey.put(StringColumnType.missingValueIndicator(), Byte.MAX_VALUE);
            keyToCount.put(Byte.MAX_VALUE, missing);
        }
        return new ByteDictionaryMap.ByteDictionaryBuilder()
                .setNextIndex(Byte.MIN_VALUE + dictionary.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount)
                .setValues(keys).build();
    }

    private static DictionaryMap shortMap(int[] codes, List<String> dictionary, int[] counts, int missing) {
        short first = Short.MIN_VALUE + 1;
        short[] keys = new short[codes.length];
        for (int r = 0; r < codes.length; r++) {
            keys[r] = codes[r] < 0 ? Short.MAX_VALUE : (short) (first + codes[r]);
        }
        Short2ObjectOpenHashMap<String> keyToValue = new Short2ObjectOpenHashMap<>(dictionary.size() + 1);
        Object2ShortOpenHashMap<String> valueToKey = new Object2ShortOpenHashMap<>(dictionary.size() + 1);
        valueToKey.defaultReturnValue(Short.MIN_VALUE);
        Short2IntOpenHashMap keyToCount = new Short2IntOpenHashMap(dictionary.size() + 1);
        for (int id = 0; id < dictionary.size(); id++) {
            short key = (short) (first + id);
            keyToValue.put(key, dictionary.get(id));
            valueToKey.put(dictionary.get(id), key);
            keyToCount.put(key, counts[id]);
        }
        if (missing > 0) {
            keyToValue.put(Short.MAX_VALUE, StringColumnType.missingValueIndicator());
            valueToKey.put(StringColumnType.missingValueIndicator(), Short.MAX_VALUE);
            keyToCount.put(Short.MAX_VALUE, missing);
        }
        return new ShortDictionaryMap.ShortDictionaryBuilder()
                .setNextIndex(Short.MIN_VALUE + dictionary.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount)
                .setValues(keys).build();
    }

    private static DictionaryMap intMap(int[] codes, List<String> dictionary, int[] counts, int missing) {
        int first = Integer.MIN_VALUE + 1;
        int[] keys = new int[codes.length];
        for (int r = 0; r < codes.length; r++) {
            keys[r] = codes[r] < 0 ? Integer.MAX_VALUE : first + codes[r];
        }
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(dictionary.size() + 1);
        Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(dictionary.size() + 1);
        valueToKey.defaultReturnValue(Integer.MIN_VALUE);
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(dictionary.size() + 1);
        for (int id = 0; id < dictionary.size(); id++) {
            int key = first + id;
            keyToValue.put(key, dictionary.get(id));
            valueToKey.put(dictionary.get(id), key);
            keyToCount.put(key, counts[id]);
        }
        if (missing > 0) {
            keyToValue.put(Integer.MAX_VALUE, StringColumnType.missingValueIndicator());
            valueToKey.put(StringColumnType.missingValueIndicator(), Integer.MAX_VALUE);
            keyToCount.put(Integer.MAX_VALUE, missing);
        }
        return new IntDictionaryMap.IntDictionaryBuilder()
                .setNextIndex(Integer.MIN_VALUE + dictionary.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount)
                .setValues(keys).build();
    }
}
