package dev.aside.ui.memory;

import dev.aside.engine.ItemInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One slice of the cache: the items of one kind or one storage, with what they hold in memory and
 * on disk.
 *
 * @param name the kind or storage, as the analyst reads it
 * @param items how many items
 * @param heapBytes their estimated size in memory (items on disk only count 0)
 * @param diskBytes their size in the disk tier
 */
public record MemoryShare(String name, int items, long heapBytes, long diskBytes) {

    /** The items grouped by {@code group}, the largest in memory first. */
    static List<MemoryShare> of(List<ItemInfo> infos, Function<ItemInfo, String> group) {
        Map<String, MemoryShare> shares = new TreeMap<>();
        for (ItemInfo info : infos) {
            shares.merge(group.apply(info), new MemoryShare(group.apply(info), 1, Math.max(0, info.heapBytes()),
                    Math.max(0, info.diskBytes())), MemoryShare::plus);
        }
        return shares.values().stream().sorted(Comparator.comparingLong(MemoryShare::heapBytes).reversed()
                .thenComparing(Comparator.comparingLong(MemoryShare::diskBytes).reversed())).toList();
    }

    private MemoryShare plus(MemoryShare other) {
        return new MemoryShare(name, items + other.items, heapBytes + other.heapBytes, diskBytes + other.diskBytes);
    }
}
