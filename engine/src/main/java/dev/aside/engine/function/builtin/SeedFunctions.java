package dev.aside.engine.function.builtin;

import dev.aside.engine.function.AsideFunction;
import java.nio.file.Path;
import java.util.List;

/** The seed service's built-in functions, with the seed's names and parameters. */
public final class SeedFunctions {

    private SeedFunctions() {}

    /** @param functionDir the functions folder {@code filelist} lists, or null when there is none */
    public static List<AsideFunction> create(Path functionDir) {
        return List.of(new Echo(), new RandomNumber(), new Pi(), new StatsCache(),
                new ItemStats("stats_cache_item"), new ItemStats("cache_item_stats"), new FileList(functionDir),
                new CacheHead());
    }
}
