package dev.aside.engine.function.sql;

import dev.aside.engine.function.AsideFunction;
import java.util.List;

/** The {@code sql} built-in: SQL over cached tables through DuckDB. */
public final class SqlFunctions {

    private SqlFunctions() {}

    public static List<AsideFunction> create() {
        return List.of(new SqlFunction());
    }
}
