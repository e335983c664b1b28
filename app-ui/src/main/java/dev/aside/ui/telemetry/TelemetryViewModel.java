package dev.aside.ui.telemetry;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.CacheStats;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.Repeating;
import dev.aside.ui.common.StorageLabel;
import java.time.Duration;
import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Telemetry: samples the cache's counters once a second into a rolling window, whether or not its
 * screen is showing (a window hidden during a load must still show the load afterwards), and keeps
 * a log of the engine's events. Counters are cumulative, so each sample holds the difference from
 * the previous one, plus the hit ratio since the engine opened. Samples carry wall-clock time.
 */
public final class TelemetryViewModel implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    /**
     * Samples further apart than this were missed (the machine slept, the process was stopped, the
     * timer stalled) and are drawn as a gap; twice the interval leaves room for a late tick.
     */
    static final long GAP_SECONDS = 2 * INTERVAL.toSeconds();
    /** Ten minutes of one-second samples: enough to see a load and its evictions, small to redraw. */
    static final int WINDOW = 600;
    static final int LOG_LINES = 1000;
    private static final double MIB = 1 << 20;

    private final Cache cache;
    private final ObservableList<TelemetrySample> samples = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final Cache.Subscription subscription;
    private final Repeating sampling;
    private CacheStats previous;

    public TelemetryViewModel(ConsoleContext context) {
        this.cache = context.cache();
        this.subscription = cache.subscribe(event -> {
            if (!(event instanceof CacheEvent.LoadProgress)) {
                String line = describe(event);
                context.uiThread().execute(() -> append(line));
            }
        });
        previous = cache.stats();
        sampling = Repeating.every(INTERVAL, context.uiThread(), this::sample);
    }

    public ObservableList<TelemetrySample> samples() {
        return samples;
    }

    /** Newest first. */
    public ObservableList<String> log() {
        return log;
    }

    /** Takes one sample; called on the UI thread (the counters are an in-memory snapshot). */
    public void sample() {
        CacheStats now = cache.stats();
        long memoryHits = now.memoryHits() - previous.memoryHits();
        long diskHits = now.diskHits() - previous.diskHits();
        long requests = now.requests() - previous.requests();
        samples.add(new TelemetrySample(Instant.now().getEpochSecond(),
                now.memoryUsedBytes() / MIB, now.memoryLimitBytes() / MIB,
                requests == 0 ? 0 : (double) memoryHits / requests, requests == 0 ? 0 : (double) diskHits / requests,
                now.hitRatio(), now.loads() - previous.loads(), now.evictions() - previous.evictions()));
        if (samples.size() > WINDOW) {
            samples.remove(0, samples.size() - WINDOW);
        }
        previous = now;
    }

    private void append(String line) {
        log.add(0, line);
        if (log.size() > LOG_LINES) {
            log.remove(LOG_LINES, log.size());
        }
    }

    static String describe(CacheEvent event) {
        String what;
        if (event instanceof CacheEvent.LoadStarted e) {
            what = "load started from " + StorageLabel.of(e.key().storage()) + " (" + DisplayFormat.bytes(e.totalBytes()) + ")";
        } else if (event instanceof CacheEvent.LoadFinished e) {
            what = "loaded: " + DisplayFormat.shape(e.info()) + ", download " + DisplayFormat.millis(e.downloadMillis())
                    + ", decode " + DisplayFormat.millis(e.decodeMillis());
        } else if (event instanceof CacheEvent.LoadFailed e) {
            what = "load failed: " + e.message();
        } else if (event instanceof CacheEvent.Stored e) {
            what = "stored: " + DisplayFormat.shape(e.info());
        } else if (event instanceof CacheEvent.Evicted e) {
            what = "evicted from memory, freed " + DisplayFormat.bytes(e.heapBytes());
        } else if (event instanceof CacheEvent.Persisted e) {
            what = "written to disk (" + DisplayFormat.bytes(e.diskBytes()) + ")";
        } else if (event instanceof CacheEvent.PersistFailed e) {
            what = "disk write failed: " + e.message();
        } else if (event instanceof CacheEvent.LoadProgress e) {
            what = "loading " + DisplayFormat.bytes(e.bytesDone());
        } else {
            what = "deleted";
        }
        return DisplayFormat.instant(event.at()) + "  " + event.key() + "  " + what;
    }

    @Override
    public void close() {
        sampling.close();
        subscription.close();
    }
}
