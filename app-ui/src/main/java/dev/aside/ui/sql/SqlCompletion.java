package dev.aside.ui.sql;

import dev.aside.engine.AsideException;
import dev.aside.engine.Cache;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the editor offers while typing: every cached table as it is written in a query
 * ({@code "sd:path"}), and the columns of every cached table, in memory or on disk only. Columns come
 * from the item's profile, which the engine keeps per version in its catalog: asking for it counts
 * no hit and promotes nothing. A version the disk writer has not profiled yet (just loaded, or cached
 * by an older release) is profiled once, by a pass over its rows, and kept. Runs off the UI thread.
 */
final class SqlCompletion {

    private final Cache cache;

    SqlCompletion(Cache cache) {
        this.cache = cache;
    }

    /** The names starting with {@code prefix} (ignoring case and a leading quote), tables first. */
    List<String> suggest(String prefix) {
        String wanted = prefix.replace("\"", "").toLowerCase(Locale.ROOT);
        List<String> tables = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (ItemInfo info : cache.list()) {
            if (info.kind() != ItemKind.TABLE) {
                continue;
            }
            String key = info.key().toString();
            if (key.toLowerCase(Locale.ROOT).startsWith(wanted)) {
                tables.add("\"" + key + "\"");
            }
            columnNames(info).stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(wanted) && !columns.contains(c))
                    .forEach(columns::add);
        }
        tables.sort(null);
        columns.sort(null);
        tables.addAll(columns);
        return tables;
    }

    /** The table's column names; none when it was deleted meanwhile or its disk copy cannot be read. */
    private List<String> columnNames(ItemInfo info) {
        try {
            return cache.profile(info.key()).columnNames();
        } catch (AsideException gone) {
            return List.of(); // completion is a hint: a table that cannot be described offers its name alone
        }
    }
}
