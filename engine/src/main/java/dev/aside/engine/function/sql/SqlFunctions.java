package dev.aside.engine.function.sql;

import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.sql.SqlEngine;
import java.util.List;

/** The {@code sql} built-in: SQL over cached tables through DuckDB. */
public final class SqlFunctions {

    private SqlFunctions() {}

    /** The functions, running their queries on {@code engine} (the one engine of a registry). */
    public static List<AsideFunction> create(SqlEngine engine) {
        return List.of(new SqlFunction(engine));
    }
}
