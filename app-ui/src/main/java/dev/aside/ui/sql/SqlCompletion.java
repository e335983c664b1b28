package dev.aside.ui.sql;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKind;
import dev.aside.engine.value.TableValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the editor offers while typing: every cached table as it is written in a query
 * ({@code "sd:path"}), and the columns of those tables held in memory. A table only on disk offers
 * its name alone, because completion must never load an item.
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
            if (info.tier().inMemory()) {
                cache.getIfPresent(info.key()).map(item -> item.value())
                        .filter(TableValue.class::isInstance)
                        .ifPresent(value -> ((TableValue) value).table().columnNames().stream()
                                .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(wanted) && !columns.contains(c))
                                .forEach(columns::add));
            }
        }
        tables.sort(null);
        columns.sort(null);
        tables.addAll(columns);
        return tables;
    }
}
