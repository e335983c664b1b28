package dev.aside.engine.function.sql;

import dev.aside.engine.AsideException;
import dev.aside.engine.Cache;
import dev.aside.engine.FunctionTimeoutException;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.function.CachedTables;
import dev.aside.engine.function.CallDeadline;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * Runs one SQL query over cached tables with H2, without copying them into H2 tables.
 *
 * <p>Naming rule: a cached table is referred to by its key in double quotes, e.g.
 * {@code SELECT * FROM "data/trades.parquet"} (a double quote inside a key is doubled);
 * {@code "s3:data/trades.parquet"} or {@code "sd:data/trades.parquet"} names one storage's item, a
 * bare path resolves as {@link Cache#resolve(String)} says (a written value, else the default storage). A key that
 * is a plain identifier ({@code trades}) may also be written without quotes. Table and column names
 * match regardless of case. A quoted key that is not
 * cached yet but names a file of a system of record is loaded first, as any read would.
 *
 * <p>Each query gets a private in-memory H2 database: every referenced table becomes a view over
 * the {@link TableRows} table function, and the query then runs as a user that may only read those
 * views (no file access, no new Java aliases), so SQL cannot reach beyond the cache. H2 does not
 * answer interrupts, so an {@link InterruptWatch} cancels the query when its call is cancelled or
 * timed out, and the query also carries the call's remaining {@link CallDeadline} as its timeout.
 */
final class SqlQuery {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")+)\"");
    private static final Pattern BARE = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");
    private static final String READER = "ASIDE_QUERY";

    private SqlQuery() {}

    static Table run(Cache cache, String query) {
        Map<String, Table> tables = referencedTables(cache, query);
        // Names as written, matched without regard to case: "price", Price and PRICE are one column.
        String url = "jdbc:h2:mem:aside-sql-" + UUID.randomUUID() + ";DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        String password = UUID.randomUUID().toString();
        Map<String, String> tokens = new LinkedHashMap<>();
        try (Connection admin = DriverManager.getConnection(url, "sa", "");
                Statement setup = admin.createStatement()) {
            setup.execute("CREATE ALIAS CACHED_ROWS FOR '" + TableRows.class.getName() + ".rows'");
            for (Map.Entry<String, Table> table : tables.entrySet()) {
                String token = UUID.randomUUID().toString();
                tokens.put(table.getKey(), token);
                TableRows.publish(token, table.getValue());
                String rows = " AS SELECT * FROM CACHED_ROWS('" + token + "')";
                setup.execute("CREATE VIEW " + quote(table.getKey()) + rows);
            }
            setup.execute("CREATE USER " + READER + " PASSWORD '" + password + "'");
            setup.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + READER);
            try (Connection reader = DriverManager.getConnection(url, READER, password);
                    Statement statement = reader.createStatement()) {
                Optional<Duration> left = CallDeadline.remaining();
                if (left.isPresent()) {
                    statement.setQueryTimeout(wholeSecondsAtLeastOne(left.get()));
                }
                try (InterruptWatch watch = new InterruptWatch(statement);
                        ResultSet result = statement.executeQuery(query)) {
                    return Table.read().db(result, "sql");
                }
            }
        } catch (SQLTimeoutException e) {
            throw new FunctionTimeoutException("The SQL query ran past the function time limit and was stopped.", e);
        } catch (SQLException e) {
            throw new InvalidParameterException("The SQL query failed: " + firstLine(e.getMessage()), e);
        } finally {
            tokens.values().forEach(TableRows::withdraw);
        }
    }

    private static Map<String, Table> referencedTables(Cache cache, String query) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Matcher quoted = QUOTED.matcher(query);
        while (quoted.find()) {
            String key = quoted.group(1).replace("\"\"", "\"");
            boolean cached = isCached(cache, key);
            if (cached || key.contains("/") || key.contains(".") || key.contains(":")) {
                tryAdd(cache, key, tables, !cached);
            }
        }
        Matcher bare = BARE.matcher(QUOTED.matcher(query).replaceAll(" "));
        while (bare.find()) {
            if (isCached(cache, bare.group())) {
                tryAdd(cache, bare.group(), tables, false);
            }
        }
        return tables;
    }

    private static boolean isCached(Cache cache, String key) {
        try {
            return cache.head(cache.resolve(key)).isPresent();
        } catch (AsideException e) {
            return false; // not a key the cache accepts, so not a table
        }
    }

    /** Adds a cached table; a name that only might be a key (a quoted column alias) is skipped. */
    private static void tryAdd(Cache cache, String key, Map<String, Table> tables, boolean mayBeSomethingElse) {
        if (tables.containsKey(key)) {
            return;
        }
        try {
            tables.put(key, CachedTables.require(cache, key));
        } catch (AsideException e) {
            if (!mayBeSomethingElse) {
                throw e;
            }
        }
    }

    /** JDBC counts timeouts in whole seconds, and 0 would mean none: round up, so the query stops after the limit. */
    private static int wholeSecondsAtLeastOne(Duration left) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, left.plusNanos(999_999_999).toSeconds()));
    }

    private static String quote(String key) {
        return "\"" + key.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return first.replaceFirst(";? ?SQL statement:$", ""); // the statement follows on the next lines
    }
}
