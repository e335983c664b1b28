package dev.aside.rest.bench;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.ByteSize;
import dev.aside.engine.CacheStats;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.bench.BondTrades;
import dev.aside.rest.AsideServer;
import dev.aside.rest.RunningServer;
import dev.aside.rest.ServerConfig;
import java.io.IOException;
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
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * LoadBench's memory-pressure run, the measured failure: a memory limit well below the
 * data, {@code readers} threads reading random items of {@code items} large Parquet items (copies of
 * one file, so generating them is quick) for {@code seconds}. Reports answers by status, p99, the
 * memory tier's peak (values plus decodes in flight) against its limit, and the process's RSS.
 */
final class PressureRun {

    private PressureRun() {}

    record Report(long ok, long busy, long errors, long p99Millis, long peakBytes, long limitBytes, long rssBytes,
            List<String> firstErrors) {

        void print() {
            System.out.printf(Locale.ROOT, "memory pressure: %d ok, %d answered 503 Retry-After, %d errors, p99 %d ms, "
                    + "memory tier peak %s of its %s limit (%.0f%%), server RSS %s%n", ok, busy, errors, p99Millis,
                    ByteSize.format(peakBytes), ByteSize.format(limitBytes), 100.0 * peakBytes / limitBytes,
                    ByteSize.format(rssBytes));
            firstErrors.forEach(error -> System.out.println("  error: " + error));
        }
    }

    static Report run(Path temp, int items, int rows, long limitBytes, int readers, int seconds) throws Exception {
        Path sor = Files.createDirectories(temp.resolve("pressure-sor"));
        Path first = BondTrades.writeParquet(rows, sor.resolve("big-0.parquet"));
        for (int i = 1; i < items; i++) {
            Files.copy(first, sor.resolve("big-" + i + ".parquet"));
        }
        EngineSettings settings = EngineSettings.fromEnvironment(Map.of()).withCacheRoot(temp.resolve("pressure-data"))
                .withSdRoot(sor).withFunctionsDir(temp.resolve("functions")).withMemoryLimitBytes(limitBytes);
        try (AsideEngine engine = AsideEngine.open(settings)) {
            AsideServer server = AsideServer.create(engine, ServerConfig.loopback(0, RunningServer.TOKEN)).start();
            try {
                return read(server.url(), engine, items, readers, seconds);
            } finally {
                server.stop();
            }
        }
    }

    private static Report read(String base, AsideEngine engine, int items, int readers, int seconds)
            throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong ok = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            Random random = new Random(r);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    String url = base + "/cache/api/v1.0/?function=read&path=big-" + random.nextInt(items)
                            + ".parquet&format=json&offset=" + random.nextInt(1000) + "&limit=100";
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - started) / 1_000_000);
                        if (response.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                            busy.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            note(firstErrors, response.statusCode() + " " + response.body());
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        note(firstErrors, e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "pressure-reader-" + r);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long p99 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))];
        CacheStats stats = engine.cache().stats();
        return new Report(ok.get(), busy.get(), errors.get(), p99, stats.memoryPeakBytes(), stats.memoryLimitBytes(),
                rssBytes(), List.copyOf(firstErrors));
    }

    private static void note(ConcurrentLinkedQueue<String> firstErrors, String error) {
        if (firstErrors.size() < 5) {
            firstErrors.add(error.length() > 200 ? error.substring(0, 200) : error);
        }
    }

    /** Resident set size of this process (the server runs in it), from /proc; 0 where there is none. */
    static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(Arrays.stream(line.split("\\s+")).skip(1).findFirst().orElse("0")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
