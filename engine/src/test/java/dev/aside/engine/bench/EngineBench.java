package dev.aside.engine.bench;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.CachedItem;
import dev.aside.engine.ItemKey;
import dev.aside.engine.Tier;
import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.format.ParquetTableWriter;
import dev.aside.engine.format.ParquetTables;
import dev.aside.engine.function.analytics.AnalyticsFunctions;
import dev.aside.engine.sor.s3.S3SystemOfRecord;
import dev.aside.engine.sql.SqlEngine;
import dev.aside.engine.sql.SqlLimits;
import dev.aside.engine.testing.CountingSystemOfRecord;
import dev.aside.engine.testing.LocalS3Server;
import dev.aside.engine.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * The engine benchmark: bond-trades Parquet files of 1M and 10M rows served by an S3-compatible
 * server on loopback, loaded through the cache, and DuckDB loading the same files in the same run
 * as the baseline. Prints one table with the ratios. See README, "Benchmarks".
 *
 * <p>Arguments: row counts, default {@code 1000000 10000000}.
 */
public final class EngineBench {

    private static final int HOT_READS = 2_000_000;
    private static final int REPEATS = 3;

    private EngineBench() {}

    record Row(long rows, long fileBytes, long duckLoadMs, long coldTotalMs, long downloadMs, long decodeMs,
            long diskWriteMs, long warmMs, long hotP50Ns, long hotP99Ns, long retainedBytes, long estimateBytes,
            long h2InsertMs, long h2ScanMs, long localDecodeMs, long summarizeMs, long duckGroupByMs,
            long describeMs, long sqlGroupByMs, long sqlSelectOneMs, long duckCopyMs, long duckCopyFromFileMs,
            long parquetFileOutMs,
            long parquetWriterOutMs, long sqlParquetWholeMs, long sqlParquetPageMs) {}

    static final List<String> GROUP_BY = List.of("security_type");
    static final List<String> AGGREGATES = List.of("count", "mean:price", "sum:quantity");
    static final String DUCK_GROUP_BY = "SELECT security_type, count(*), avg(price), sum(quantity) "
            + "FROM trades GROUP BY security_type";

    public static void main(String[] args) throws Exception {
        long[] sizes = args.length == 0 ? new long[] {1_000_000, 10_000_000}
                : Arrays.stream(args).mapToLong(a -> Long.parseLong(a.replace("_", ""))).toArray();
        Path work = Files.createTempDirectory("aside-engine-bench");
        List<Row> rows = new ArrayList<>();
        try (LocalS3Server s3 = LocalS3Server.start(work.resolve("s3"), "bench-data");
             DuckDbBaseline duck = new DuckDbBaseline()) {
            warmUp(work, s3);
            for (long size : sizes) {
                rows.add(measure((int) size, work, s3, duck));
            }
        } finally {
            TestFiles.deleteTree(work);
        }
        print(rows);
    }

    private static Row measure(int size, Path work, LocalS3Server s3, DuckDbBaseline duck) throws Exception {
        String name = "bond_trades_" + size + ".snappy.parquet";
        ItemKey key = ItemKey.of("s3", name);
        Path generated = BondTrades.writeParquet(size, work.resolve("generated-" + name));
        Path file = duck.rewrite(generated, work.resolve(name));
        Files.delete(generated);
        s3.putObject(name, file);
        System.out.printf("%,d rows: %,d bytes of snappy Parquet%n", size, Files.size(file));

        long duckLoad = duck.bestLoadMillis(file, REPEATS);
        long localDecode = bestMillis(() -> ParquetTables.readTable(file));
        H2TableBaseline.Result h2 = size <= 1_000_000 ? H2TableBaseline.measure(ParquetTables.readTable(file),
                work.resolve("h2-" + size)) : null;

        Path cacheRoot = work.resolve("cache-" + size);
        CountingSystemOfRecord sor = new CountingSystemOfRecord(new S3SystemOfRecord(s3.settings("")));
        AtomicReference<CacheEvent.LoadFinished> finished = new AtomicReference<>();
        long coldTotal;
        long diskWrite;
        long retained;
        long estimate;
        long[] hot;
        long sqlGroupBy;
        long sqlSelectOne;
        long sqlParquetWhole;
        long sqlParquetPage;
        try (Cache cache = Cache.builder().cacheRoot(cacheRoot).systemOfRecord(sor).build()) {
            cache.subscribe(event -> {
                if (event instanceof CacheEvent.LoadFinished done) {
                    finished.set(done);
                }
            });
            long before = HeapProbe.usedAfterGc();
            long start = System.nanoTime();
            CachedItem item = cache.read(key);
            coldTotal = millisSince(start);
            long persistStart = System.nanoTime();
            cache.policy().awaitPersistence();
            diskWrite = millisSince(persistStart);
            retained = HeapProbe.usedAfterGc() - before;
            estimate = item.info().heapBytes();
            hot = hotReadPercentiles(cache, key);
            SqlEngine sql = new SqlEngine(SqlLimits.besideMemoryTier(cache.policy().memoryLimitBytes()));
            String query = DUCK_GROUP_BY.replace("FROM trades", "FROM \"" + key + "\"");
            sqlGroupBy = bestMillis(() -> sql.table(cache, query, Optional.empty()));
            sqlSelectOne = bestMillis(() -> sql.table(cache, "SELECT 1", Optional.empty()));
            // What REST's format=parquet costs for a page or a query result: DuckDB's COPY from the
            // item's disk file to the answer's file (sending that file is the "disk file sent" row).
            String whole = "SELECT * FROM \"" + key + "\"";
            sqlParquetWhole = bestMillis(() -> DiskTier.deleteQuietly(sql.parquet(cache, whole, Optional.empty())));
            sqlParquetPage = bestMillis(() -> DiskTier.deleteQuietly(sql.parquet(cache,
                    SqlEngine.page(whole, size / 2, size / 4), Optional.empty())));
        }
        long duckCopy = duck.bestCopyMillis(work.resolve("duck-copy-" + size + ".parquet"), REPEATS);
        long duckCopyFromFile = duck.bestCopyFromFileMillis(file, work.resolve("duck-copy-file-" + size + ".parquet"),
                REPEATS);
        long summarize;
        long describe;
        long parquetFileOut;
        long parquetWriterOut;
        {
            Table table = ParquetTables.readTable(file);
            summarize = bestMillis(() -> AnalyticsFunctions.summarize(table, GROUP_BY, AGGREGATES));
            describe = bestMillis(() -> AnalyticsFunctions.describe(table));
            // A Parquet item's disk copy is the downloaded file itself, so copying the source file is
            // what a whole-item answer costs; the column writer is what any other table or page costs.
            Path out = work.resolve("out-" + size + ".parquet");
            parquetFileOut = bestMillis(() -> copy(file, out));
            parquetWriterOut = bestMillis(() -> ParquetTableWriter.write(table, out));
            TestFiles.deleteTree(out);
        }
        long duckGroupBy = duck.bestQueryMillis(DUCK_GROUP_BY, REPEATS);
        long warm = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            CountingSystemOfRecord off = CountingSystemOfRecord.switchedOff(new S3SystemOfRecord(s3.settings("")));
            try (Cache cache = Cache.builder().cacheRoot(cacheRoot).systemOfRecord(off).build()) {
                long start = System.nanoTime();
                CachedItem item = cache.read(key);
                warm = Math.min(warm, millisSince(start));
                if (item.servedFrom() != Tier.DISK || off.requests() != 0) {
                    throw new IllegalStateException("warm read did not come from disk alone");
                }
            }
        }
        CacheEvent.LoadFinished load = finished.get();
        return new Row(size, Files.size(file), duckLoad, coldTotal, load.downloadMillis(), load.decodeMillis(),
                diskWrite, warm, hot[0], hot[1], retained, estimate,
                h2 == null ? -1 : h2.insertMillis(), h2 == null ? -1 : h2.scanMillis(), localDecode,
                summarize, duckGroupBy, describe, sqlGroupBy, sqlSelectOne, duckCopy, duckCopyFromFile, parquetFileOut,
                parquetWriterOut,
                sqlParquetWhole, sqlParquetPage);
    }

    /**
     * "Cold" means the cache has never seen the file, not that the JVM has never run the code: one
     * small load first, so class loading, the S3 client's start and the JIT are not billed to the
     * first size measured.
     */
    private static void warmUp(Path work, LocalS3Server s3) {
        Path file = BondTrades.writeParquet(100_000, work.resolve("warm-up.parquet"));
        s3.putObject("warm-up.parquet", file);
        for (int i = 0; i < REPEATS; i++) {
            try (Cache cache = Cache.builder().cacheRoot(work.resolve("warm-up-" + i))
                    .systemOfRecord(new S3SystemOfRecord(s3.settings(""))).build()) {
                cache.read(ItemKey.of("s3", "warm-up.parquet"));
            }
        }
    }

    private static long[] hotReadPercentiles(Cache cache, ItemKey key) {
        for (int i = 0; i < HOT_READS / 4; i++) {
            cache.read(key);
        }
        long[] nanos = new long[HOT_READS];
        for (int i = 0; i < HOT_READS; i++) {
            long start = System.nanoTime();
            cache.read(key);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new long[] {nanos[HOT_READS / 2], nanos[(int) (HOT_READS * 0.99)]};
    }

    private static long bestMillis(Runnable task) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            task.run();
            best = Math.min(best, millisSince(start));
        }
        return best;
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.println("Engine benchmark (S3-compatible server on 127.0.0.1; baseline DuckDB "
                + "CREATE TABLE AS SELECT * FROM read_parquet, best of " + REPEATS + ")");
        String format = "%-34s" + "%18s".repeat(rows.size()) + "%n";
        Object[] header = new Object[rows.size() + 1];
        header[0] = "rows";
        for (int i = 0; i < rows.size(); i++) {
            header[i + 1] = String.format("%,d", rows.get(i).rows());
        }
        System.out.printf(format, header);
        line(format, rows, "file size (MiB)", r -> String.format("%.1f", r.fileBytes() / 1048576.0));
        line(format, rows, "DuckDB load (ms)", r -> String.format("%,d", r.duckLoadMs()));
        line(format, rows, "cold load total (ms)", r -> String.format("%,d", r.coldTotalMs()));
        line(format, rows, "  download (ms)", r -> String.format("%,d", r.downloadMs()));
        line(format, rows, "  decode (ms)", r -> String.format("%,d", r.decodeMs()));
        line(format, rows, "cold load / DuckDB load", r -> ratio(r.coldTotalMs(), r.duckLoadMs()));
        line(format, rows, "disk-tier write (ms, background)", r -> String.format("%,d", r.diskWriteMs()));
        line(format, rows, "warm read after restart (ms)", r -> String.format("%,d", r.warmMs()));
        line(format, rows, "warm read / DuckDB load", r -> ratio(r.warmMs(), r.duckLoadMs()));
        line(format, rows, "hot read p50 (ns)", r -> String.format("%,d", r.hotP50Ns()));
        line(format, rows, "hot read p99 (ns)", r -> String.format("%,d", r.hotP99Ns()));
        line(format, rows, "retained heap per row (bytes)", r -> String.format("%.1f", (double) r.retainedBytes() / r.rows()));
        line(format, rows, "heap estimate error", r -> String.format("%+.1f%%",
                100.0 * (r.estimateBytes() - r.retainedBytes()) / r.retainedBytes()));
        line(format, rows, "local Parquet decode (ms)", r -> String.format("%,d", r.localDecodeMs()));
        line(format, rows, "H2 table insert (ms)", r -> r.h2InsertMs() < 0 ? "skipped" : String.format("%,d", r.h2InsertMs()));
        line(format, rows, "H2 table full scan (ms)", r -> r.h2ScanMs() < 0 ? "skipped" : String.format("%,d", r.h2ScanMs()));
        line(format, rows, "summarize by security_type (ms)", r -> String.format("%,d", r.summarizeMs()));
        line(format, rows, "DuckDB GROUP BY (ms)", r -> String.format("%,d", r.duckGroupByMs()));
        line(format, rows, "summarize / DuckDB GROUP BY", r -> ratio(r.summarizeMs(), r.duckGroupByMs()));
        line(format, rows, "describe, 5 columns (ms)", r -> String.format("%,d", r.describeMs()));
        line(format, rows, "sql GROUP BY, cached item (ms)", r -> String.format("%,d", r.sqlGroupByMs()));
        line(format, rows, "sql GROUP BY / DuckDB GROUP BY", r -> ratio(r.sqlGroupByMs(), r.duckGroupByMs()));
        line(format, rows, "sql SELECT 1 (per-query database)", r -> String.format("%,d", r.sqlSelectOneMs()));
        line(format, rows, "DuckDB COPY TO parquet (ms)", r -> String.format("%,d", r.duckCopyMs()));
        line(format, rows, "DuckDB COPY, from the file (ms)", r -> String.format("%,d", r.duckCopyFromFileMs()));
        line(format, rows, "parquet out, disk file sent (ms)", r -> String.format("%,d", r.parquetFileOutMs()));
        line(format, rows, "  / DuckDB COPY", r -> ratio(r.parquetFileOutMs(), r.duckCopyMs()));
        line(format, rows, "parquet out, column writer (ms)", r -> String.format("%,d", r.parquetWriterOutMs()));
        line(format, rows, "  / DuckDB COPY", r -> ratio(r.parquetWriterOutMs(), r.duckCopyMs()));
        line(format, rows, "parquet out, sql engine, whole (ms)", r -> String.format("%,d", r.sqlParquetWholeMs()));
        line(format, rows, "  / DuckDB COPY", r -> ratio(r.sqlParquetWholeMs(), r.duckCopyMs()));
        line(format, rows, "  / DuckDB COPY from the file", r -> ratio(r.sqlParquetWholeMs(), r.duckCopyFromFileMs()));
        line(format, rows, "parquet out, sql engine, 1/4 page", r -> String.format("%,d", r.sqlParquetPageMs()));
        line(format, rows, "  / DuckDB COPY", r -> ratio(r.sqlParquetPageMs(), r.duckCopyMs()));
    }

    private static void line(String format, List<Row> rows, String label, Function<Row, String> cell) {
        Object[] values = new Object[rows.size() + 1];
        values[0] = label;
        for (int i = 0; i < rows.size(); i++) {
            values[i + 1] = cell.apply(rows.get(i));
        }
        System.out.printf(format, values);
    }

    private static String ratio(long value, long baseline) {
        return String.format("%.2fx", (double) value / Math.max(1, baseline));
    }

    /** What a whole-table {@code format=parquet} answer costs: the disk file copied as it is. */
    private static void copy(Path from, Path to) {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel target = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            for (long sent = 0; sent < in.size(); ) {
                sent += in.transferTo(sent, in.size() - sent, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
