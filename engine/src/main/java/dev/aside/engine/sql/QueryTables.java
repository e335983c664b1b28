package dev.aside.engine.sql;

import dev.aside.engine.AsideException;
import dev.aside.engine.Cache;
import dev.aside.engine.CacheStorageException;
import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import dev.aside.engine.ItemKind;
import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.format.ParquetTableWriter;
import dev.aside.engine.function.CachedTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cached tables a query names, each with the Parquet file DuckDB reads. This is the one place
 * that maps a table name in SQL to a cached item (the seam where storage-aware names such as
 * {@code "s3:path"} are resolved).
 *
 * <p>Naming rule: a cached table is referred to by its key in double quotes, e.g.
 * {@code SELECT * FROM "data/trades.parquet"} (a double quote inside a key is doubled);
 * {@code "s3:data/trades.parquet"} or {@code "sd:data/trades.parquet"} names one storage's item, a
 * bare path resolves as {@link Cache#resolve(String)} says (a written value, else the default
 * storage). A key that is a plain identifier ({@code trades}) may also be written without quotes. A
 * quoted key that is not cached yet but names a file of a system of record is loaded first, as any
 * read would.
 *
 * <p>Where the file comes from: a table already written to the disk tier is read in place; one
 * still on its way there (just loaded or just stored) is waited for, which costs at most the
 * background write the cache does anyway, rather than a second copy of the table. Handing a table
 * in memory to DuckDB through Arrow was not chosen: it would add Arrow's libraries to every
 * installer for the seconds after a load only. A table that cannot be written to the disk tier (a
 * failed write keeps a function's result in memory) is written to a temporary file for the query.
 */
final class QueryTables implements AutoCloseable {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")+)\"");
    private static final Pattern BARE = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

    private final Map<String, Path> files = new LinkedHashMap<>();
    private final List<Path> temporary = new ArrayList<>();

    private QueryTables() {}

    /** Finds and prepares the tables {@code query} names; close it to delete temporary copies. */
    static QueryTables of(Cache cache, String query) {
        QueryTables tables = new QueryTables();
        try {
            Matcher quoted = QUOTED.matcher(query);
            while (quoted.find()) {
                String key = quoted.group(1).replace("\"\"", "\"");
                boolean cached = isCached(cache, key);
                if (cached || key.contains("/") || key.contains(".") || key.contains(":")) {
                    tables.tryAdd(cache, key, !cached);
                }
            }
            Matcher bare = BARE.matcher(QUOTED.matcher(query).replaceAll(" "));
            while (bare.find()) {
                if (isCached(cache, bare.group())) {
                    tables.tryAdd(cache, bare.group(), false);
                }
            }
            return tables;
        } catch (RuntimeException e) {
            tables.close();
            throw e;
        }
    }

    /** Name as written in the query to the Parquet file holding its rows. */
    Map<String, Path> files() {
        return files;
    }

    private static boolean isCached(Cache cache, String name) {
        try {
            return cache.head(cache.resolve(name)).isPresent();
        } catch (AsideException e) {
            return false; // not a key the cache accepts, so not a table
        }
    }

    /** Adds a cached table; a name that only might be a key (a quoted column alias) is skipped. */
    private void tryAdd(Cache cache, String key, boolean mayBeSomethingElse) {
        if (files.containsKey(key)) {
            return;
        }
        try {
            files.put(key, fileOf(cache, key));
        } catch (AsideException e) {
            if (!mayBeSomethingElse) {
                throw e;
            }
        }
    }

    private Path fileOf(Cache cache, String name) {
        ItemKey key = cache.resolve(name);
        Optional<ItemInfo> head = cache.head(key);
        if (head.isEmpty()) {
            CachedTables.require(cache, name); // loads it from its system of record, or says why not
            head = cache.head(key);
        }
        if (head.isPresent() && head.get().kind() != ItemKind.TABLE) {
            CachedTables.require(cache, name); // throws the "not a table" message
        }
        Optional<Path> file = cache.policy().tableFile(key);
        if (file.isEmpty()) {
            cache.policy().awaitPersistence();
            file = cache.policy().tableFile(key);
        }
        return file.orElseGet(() -> temporaryCopy(cache, name));
    }

    private Path temporaryCopy(Cache cache, String key) {
        try {
            Path copy = Files.createTempFile("aside-sql-", ".parquet");
            temporary.add(copy);
            ParquetTableWriter.write(CachedTables.require(cache, key), copy);
            return copy;
        } catch (IOException e) {
            throw new CacheStorageException("Cannot prepare '" + key + "' for SQL: " + e.getMessage()
                    .toLowerCase(Locale.ROOT) + ". Check free space in the temporary folder.", e);
        }
    }

    @Override
    public void close() {
        temporary.forEach(DiskTier::deleteQuietly);
    }
}
