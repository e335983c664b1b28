package dev.aside.engine.function.analytics;

import dev.aside.engine.function.AsideFunction;
import java.util.List;

/** Built-in analytics on a cached DataFrame: describe, preview, filter, summarize. */
public final class AnalyticsFunctions {

    private AnalyticsFunctions() {}

    public static List<AsideFunction> create() {
        return List.of();
    }
}
