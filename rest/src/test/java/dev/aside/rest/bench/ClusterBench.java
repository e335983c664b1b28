package dev.aside.rest.bench;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.bench.BondTrades;
import dev.aside.engine.testing.TestFiles;
import dev.aside.rest.AsideServer;
import dev.aside.rest.ServerConfig;
import dev.aside.rest.cluster.ClusterMember;
import dev.aside.rest.cluster.ClusterSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The team-mode benchmark (README, "Team mode"): two members in this JVM on 127.0.0.1 and a single
 * server beside them, all over the same drive folder. It measures what a request costs when it has to
 * go through a member that does not hold the item (one extra loopback hop, answer streamed back):
 * hit reads through the holder and through the other member, 100-row pages of a 10-million-row item
 * and a cold load through the other member, each next to the single server's figure in the same run.
 *
 * <p>The load comes from {@code -Dbench.connections} client threads (default 16) in this JVM, the same
 * client for every cell, for {@code -Dbench.seconds} each (default 10) after a warm-up.
 */
public final class ClusterBench {

    private static final String BONDS = "bond_trades.snappy.parquet";
    private static final String SMALL = "file1.json";

    record Cell(double rps, double p50Millis, double p99Millis, long errors) {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 10);
        int rows = Integer.getInteger("bench.rows", 10_000_000);
        int connections = Integer.getInteger("bench.connections", 16);
        Path temp = Files.createTempDirectory("aside-cluster-bench");
        Path sor = Files.createDirectories(temp.resolve("sor"));
        Files.writeString(sor.resolve(SMALL), "{\"name\": \"bench\", \"values\": [1, 2, 3]}");
        System.out.printf("writing %,d bond trades to %s...%n", rows, BONDS);
        BondTrades.writeParquet(rows, sor.resolve(BONDS));
        int[] ports = freePorts(4); // two member ports, two REST ports, all distinct
        int[] clusterPorts = {ports[0], ports[1]};
        List<String> members = Arrays.stream(clusterPorts).mapToObj(port -> "127.0.0.1:" + port).toList();
        List<AutoCloseable> open = new ArrayList<>();
        try {
            AsideEngine single = open(temp.resolve("single"), sor, open);
            AsideServer singleServer = AsideServer.create(single, ServerConfig.loopback(0, null)).start();
            open.add(singleServer::stop);
            String[] urls = new String[2];
            ClusterMember[] team = new ClusterMember[2];
            for (int i = 0; i < 2; i++) {
                AsideEngine engine = open(temp.resolve("member" + i), sor, open);
                ServerConfig config = ServerConfig.loopback(ports[2 + i], null);
                urls[i] = "http://127.0.0.1:" + config.port();
                team[i] = ClusterMember.join(new ClusterSettings("bench", clusterPorts[i], members, "127.0.0.1"), engine, urls[i]);
                open.add(team[i]);
                AsideServer server = AsideServer.clustered(engine, config, team[i]).start();
                open.add(server::stop);
            }
            while (team[0].view().members().size() < 2) {
                Thread.sleep(100);
            }
            int other = team[0].remoteServerFor(BONDS).isPresent() ? 0 : 1; // the member not holding the bonds
            double singleCold = timeCreate(singleServer.url(), BONDS);
            double teamCold = timeCreate(urls[other], BONDS);
            LoadBench.get(singleServer.url() + "/cache/api/v1.0/?function=create&path=" + SMALL);
            LoadBench.get(urls[0] + "/cache/api/v1.0/?function=create&path=" + SMALL);
            int holder = team[0].remoteServerFor(SMALL).isPresent() ? 1 : 0;

            String hit = "/cache/api/v1.0/?function=read&path=" + SMALL + "&return=meta";
            String page = "/cache/api/v1.0/?function=read&path=" + BONDS + "&format=json&offset=" + rows / 2 + "&limit=100";
            System.out.printf(Locale.ROOT, "%nAside team-mode benchmark: %d client threads, %d s per cell, %d cores shared by all%n",
                    connections, seconds, Runtime.getRuntime().availableProcessors());
            String format = "| %-36s | %10s | %9s | %9s | %11s |%n";
            System.out.printf(Locale.ROOT, format, "scenario", "req/s", "p50", "p99", "vs single");
            System.out.printf(Locale.ROOT, format, "-".repeat(36), "-".repeat(10), "-".repeat(9), "-".repeat(9), "-".repeat(11));
            Cell singleHit = drive(singleServer.url() + hit, connections, seconds);
            row(format, "hit read, single server", singleHit, singleHit);
            row(format, "hit read, through the holder", drive(urls[holder] + hit, connections, seconds), singleHit);
            row(format, "hit read, through the other member", drive(urls[1 - holder] + hit, connections, seconds), singleHit);
            Cell singlePage = drive(singleServer.url() + page, connections, seconds);
            row(format, "100-row page of " + millions(rows) + ", single server", singlePage, singlePage);
            row(format, "100-row page of " + millions(rows) + ", other member", drive(urls[other] + page, connections, seconds), singlePage);
            System.out.printf(Locale.ROOT, "| %-36s | %10s | %9s | %9s | %11s |%n", "cold load of " + millions(rows) + " rows, single",
                    "", String.format(Locale.ROOT, "%.2f s", singleCold), "", "1.00x");
            System.out.printf(Locale.ROOT, "| %-36s | %10s | %9s | %9s | %11s |%n", "cold load of " + millions(rows) + " rows, other member",
                    "", String.format(Locale.ROOT, "%.2f s", teamCold), "", String.format(Locale.ROOT, "%.2fx", teamCold / singleCold));
        } finally {
            for (int i = open.size() - 1; i >= 0; i--) {
                open.get(i).close();
            }
            TestFiles.deleteTree(temp);
        }
    }

    private static String millions(int rows) {
        return String.format(Locale.ROOT, "%.0fM", rows / 1e6);
    }

    private static AsideEngine open(Path folder, Path sor, List<AutoCloseable> open) {
        AsideEngine engine = AsideEngine.open(EngineSettings.fromEnvironment(Map.of()).withCacheRoot(folder.resolve("data"))
                .withSdRoot(sor).withFunctionsDir(folder.resolve("functions")).withMemoryLimitBytes(2L << 30));
        open.add(engine);
        return engine;
    }

    private static double timeCreate(String base, String path) throws IOException, InterruptedException {
        long started = System.nanoTime();
        LoadBench.get(base + "/cache/api/v1.0/?function=create&path=" + path);
        return (System.nanoTime() - started) / 1e9;
    }

    private static void row(String format, String name, Cell cell, Cell single) {
        System.out.printf(Locale.ROOT, format, name, String.format(Locale.ROOT, "%,.0f", cell.rps()),
                String.format(Locale.ROOT, "%.2f ms", cell.p50Millis()), String.format(Locale.ROOT, "%.2f ms", cell.p99Millis()),
                String.format(Locale.ROOT, "%.2fx", cell.rps() / Math.max(1, single.rps())) + (cell.errors() > 0 ? " ERR " + cell.errors() : ""));
    }

    /** A warm-up, then {@code connections} threads asking {@code url} in a loop for {@code seconds}. */
    private static Cell drive(String url, int connections, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        run(client, request, connections, Math.max(2, seconds / 3), new long[1 << 20], new AtomicLong());
        long[] latencies = new long[1 << 22];
        AtomicLong count = new AtomicLong();
        AtomicLong errors = run(client, request, connections, seconds, latencies, count);
        int n = (int) Math.min(count.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        return new Cell(count.get() / (double) seconds, sorted[n / 2] / 1e6, sorted[(int) (n * 0.99)] / 1e6, errors.get());
    }

    private static AtomicLong run(HttpClient client, HttpRequest request, int connections, int seconds, long[] latencies,
            AtomicLong count) throws Exception {
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                loops.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long started = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        long index = count.getAndIncrement();
                        if (index < latencies.length) {
                            latencies[(int) index] = System.nanoTime() - started;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return errors;
    }

    private static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
            }
            return Arrays.stream(sockets).mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }
}
