package dev.aside.rest.bench;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.ByteSize;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.testing.TestFiles;
import dev.aside.rest.AsideServer;
import dev.aside.rest.RunningServer;
import dev.aside.rest.ServerConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The load benchmark of the headless server (README, "Load benchmark"): wrk against a server in
 * this JVM on 127.0.0.1, a cache-hit {@code read} with {@code return=meta} and a 100-row JSON page
 * of a 10-million-row bond table, at 1, 16 and 64 connections. Each cell runs for
 * {@code -Dbench.seconds} (default 10) after a warm-up; traffic never leaves loopback.
 *
 * <p>Then the mixed run ({@link MixedRun}, 64 connections, {@code -Dbench.mixed.seconds}, default 60;
 * its baseline column repeats it) and the memory-pressure run ({@link PressureRun}: {@code
 * -Dbench.pressure.items} copies of a {@code -Dbench.pressure.rows}-row file under a {@code
 * -Dbench.pressure.limit} memory limit, 6 readers for {@code -Dbench.pressure.seconds}). {@code
 * -Dbench.runs=table,mixed,pressure} picks the runs.
 *
 * <p>The baseline, measured in the same run with the same wrk settings: a bare Javalin server with
 * the same thread pool answering each scenario's exact response body from a constant. Its ratio
 * shows what the cache, routing, parameters, JSON and logging cost on top of HTTP itself.
 */
public final class LoadBench {

    private static final String BONDS = "bond_trades.snappy.parquet";
    private static final int[] CONNECTIONS = {1, 16, 64};
    /** Long enough for C2 to compile the hit path before anything is measured. */
    private static final int WARM_UP_SECONDS = 8;
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    record Scenario(String name, String target) {}

    record Cell(String scenario, int connections, double rps, String p50, String p99, long errors, long requests) {}

    record Row(Cell aside, Cell baseline) {}

    public static void main(String[] args) throws Exception {
        if (!wrkAvailable()) {
            System.err.println("wrk is not installed. Install it with: apt-get install -y wrk");
            System.exit(2);
        }
        int seconds = Integer.getInteger("bench.seconds", 10);
        int rows = Integer.getInteger("bench.rows", 10_000_000);
        String runs = System.getProperty("bench.runs", "table,mixed,pressure");
        Path temp = Files.createTempDirectory("aside-bench");
        Path sor = Files.createDirectories(temp.resolve("sor"));
        Files.writeString(sor.resolve("file1.json"), "{\"name\": \"bench\", \"values\": [1, 2, 3]}");
        EngineSettings settings = EngineSettings.fromEnvironment(Map.of()).withCacheRoot(temp.resolve("data"))
                .withSdRoot(sor).withFunctionsDir(temp.resolve("functions")).withMemoryLimitBytes(Math.min(4L << 30, Runtime.getRuntime().maxMemory() / 2));
        try (AsideEngine engine = AsideEngine.open(settings)) {
            System.out.printf("writing %,d bond trades to %s...%n", rows, BONDS);
            BondTrades.writeParquet(rows, sor.resolve(BONDS));
            ServerConfig config = ServerConfig.loopback(0, RunningServer.TOKEN);
            config = config.withThreads(Integer.getInteger("bench.threads", config.threads()));
            System.out.println("server threads: " + config.threads());
            AsideServer server = AsideServer.create(engine, config).start();
            try {
                String base = server.url();
                get(base + "/cache/api/v1.0/?function=create&path=file1.json");
                long started = System.nanoTime();
                get(base + "/cache/api/v1.0/?function=create&path=" + BONDS);
                engine.cache().policy().awaitPersistence();
                System.out.printf("created %s through the API (load and disk write) in %.1f s%n", BONDS,
                        (System.nanoTime() - started) / 1e9);
                List<Scenario> scenarios = List.of(
                        new Scenario("hit read, return=meta", base + "/cache/api/v1.0/?function=read&path=file1.json&return=meta"),
                        new Scenario("100-row JSON page of " + rows / 1_000_000 + "M rows",
                                base + "/cache/api/v1.0/?function=read&path=" + BONDS + "&format=json&offset=" + rows / 2 + "&limit=100"));
                List<Row> table = new ArrayList<>();
                for (Scenario scenario : runs.contains("table") ? scenarios : List.<Scenario>of()) {
                    String sample = get(scenario.target());
                    System.out.println("sample: " + sample.substring(0, Math.min(120, sample.length())));
                    Javalin bare = bareServer(sample, config.threads());
                    try {
                        Scenario baseline = new Scenario(scenario.name(), "http://127.0.0.1:" + bare.port() + "/");
                        wrk(scenario.target(), 16, WARM_UP_SECONDS);
                        wrk(baseline.target(), 16, WARM_UP_SECONDS);
                        for (int connections : CONNECTIONS) {
                            table.add(new Row(run(scenario, connections, seconds), run(baseline, connections, seconds)));
                        }
                    } finally {
                        bare.stop();
                    }
                }
                if (!table.isEmpty()) {
                    print(table, seconds);
                }
                if (runs.contains("mixed")) {
                    get(base + "/cache/api/v1.0/?function=cache_item_stats&key=" + BONDS); // the profile exists
                    Cell mixed = MixedRun.run(base, BONDS, rows, Integer.getInteger("bench.mixed.seconds", 60), temp);
                    System.out.printf(Locale.ROOT, "%nmixed run, %d connections: %s req/s, p50 %s, p99 %s, %d errors "
                            + "in %,d requests%n", mixed.connections(), thousands(mixed.rps()), mixed.p50(), mixed.p99(),
                            mixed.errors(), mixed.requests());
                    System.out.printf("mixed run: memory tier peak %s of its %s limit, server RSS %s%n",
                            ByteSize.format(engine.cache().stats().memoryPeakBytes()),
                            ByteSize.format(engine.cache().stats().memoryLimitBytes()),
                            ByteSize.format(PressureRun.rssBytes()));
                }
            } finally {
                server.stop();
            }
        }
        try {
            if (runs.contains("pressure")) {
                PressureRun.run(temp, Integer.getInteger("bench.pressure.items", 30),
                        Integer.getInteger("bench.pressure.rows", 2_000_000),
                        ByteSize.parse(System.getProperty("bench.pressure.limit", "512m")), 6,
                        Integer.getInteger("bench.pressure.seconds", 60)).print();
            }
        } finally {
            TestFiles.deleteTree(temp); // the 10M-row file and its cached copy: about 200 MB
        }
    }

    private static Cell run(Scenario scenario, int connections, int seconds) throws IOException, InterruptedException {
        return cell(scenario.name(), connections, wrk(scenario.target(), connections, seconds));
    }

    /** One cell from wrk's output: errors are non-2xx answers plus socket errors. */
    static Cell cell(String name, int connections, String out) {
        long errors = find(NON_2XX, out).map(Long::parseLong).orElse(0L);
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Cell(name, connections, Double.parseDouble(find(RPS, out).orElse("0")),
                percentile(out, "50%"), percentile(out, "99%"), errors, Long.parseLong(find(TOTAL, out).orElse("0")));
    }

    /** Runs wrk; {@code extra} (a Lua script) goes before the URL. */
    static String wrk(String url, int connections, int seconds, String... extra) throws IOException, InterruptedException {
        int threads = Math.min(connections, 2);
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "5s"));
        command.addAll(List.of(extra));
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        return out;
    }

    private static String percentile(String out, String label) {
        Matcher m = Pattern.compile("^\\s+" + Pattern.quote(label) + "\\s+(\\S+)", Pattern.MULTILINE).matcher(out);
        return m.find() ? m.group(1) : "?";
    }

    private static java.util.Optional<String> find(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** HTTP alone: the same Jetty pool and settings as the Aside server, answering a constant body. */
    private static Javalin bareServer(String body, int threads) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.disableCompression();
            cfg.jetty.threadPool = new QueuedThreadPool(threads, Math.min(threads, 4));
        }).get("/", ctx -> ctx.contentType("application/json").result(bytes)).start(ServerConfig.LOOPBACK, 0);
    }

    private static void print(List<Row> rows, int seconds) {
        System.out.printf(Locale.ROOT, "%nAside REST load benchmark (wrk, %d s per cell, %d cores shared by client and server)%n"
                + "baseline: bare Javalin, same thread pool, answering the same body from a constant%n",
                seconds, Runtime.getRuntime().availableProcessors());
        String format = "| %-32s | %5s | %10s | %9s | %9s | %6s | %13s | %12s | %11s |%n";
        System.out.printf(Locale.ROOT, format, "scenario", "conns", "req/s", "p50", "p99", "errors",
                "baseline req/s", "baseline p99", "vs baseline");
        System.out.printf(Locale.ROOT, format, "-".repeat(32), "-----", "----------", "---------", "---------", "------",
                "-------------", "------------", "-----------");
        for (Row row : rows) {
            Cell cell = row.aside();
            Cell base = row.baseline();
            System.out.printf(Locale.ROOT, format, cell.scenario(), cell.connections(), thousands(cell.rps()),
                    cell.p50(), cell.p99(), cell.errors(), thousands(base.rps()), base.p99(),
                    String.format(Locale.ROOT, "%.2fx", cell.rps() / Math.max(1, base.rps())));
        }
    }

    private static String thousands(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A GET that must answer 200; its body. Shared by the benchmarks in this package. */
    static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static boolean wrkAvailable() throws InterruptedException {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
