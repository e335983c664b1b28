package dev.aside.engine;

import dev.aside.engine.disk.DiskTier;
import dev.aside.engine.format.FormatRegistry;
import dev.aside.engine.format.ValueFormat;
import dev.aside.engine.memory.HeapEstimator;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * Loads one object from a SOR: stat, download into a staging file (reporting progress), decode.
 * Downloading to a local file first is what Parquet needs anyway (its footer is at the end), it
 * splits download from decode in the figures, and for Parquet the file becomes the disk copy as is.
 */
final class SorLoader {

    /** Progress is reported about every 4 MiB: often enough for a bar, rare enough to cost nothing. */
    private static final long PROGRESS_STEP = 4L << 20;
    private static final int BUFFER = 1 << 16;

    /** A decoded value, its catalog facts and the staged file it came from (the caller owns it). */
    record Loaded(ItemInfo info, Value value, Path staged, ValueFormat format, long downloadMillis,
            long decodeMillis) {}

    private final FormatRegistry formats;
    private final Function<String, Path> stagingFiles;
    private final Listeners listeners;
    private final Clock clock;
    private final Ticker ticker;

    SorLoader(FormatRegistry formats, Function<String, Path> stagingFiles, Listeners listeners,
            Clock clock, Ticker ticker) {
        this.formats = formats;
        this.stagingFiles = stagingFiles;
        this.listeners = listeners;
        this.clock = clock;
        this.ticker = ticker;
    }

    /** Loads {@code key}'s path from {@code sor}, the SOR of its storage. */
    Loaded load(ItemKey key, SystemOfRecord sor) {
        String path = key.path();
        // Choose the format first: an unsupported type fails without a single SOR request.
        ValueFormat format = formats.forPath(path);
        long started = ticker.read();
        Path staged = stagingFiles.apply(extensionOf(path));
        try {
            ObjectMeta meta = sor.stat(path);
            listeners.fire(new CacheEvent.LoadStarted(key, meta.size(), clock.instant()));
            download(key, sor, meta.size(), staged);
            long downloaded = ticker.read();
            Value value = format.read(staged, path);
            long decoded = ticker.read();
            long heapBytes = HeapEstimator.estimate(value);
            Instant now = clock.instant();
            ItemInfo info = new ItemInfo(key, value.kind(), meta.etag(), meta.lastModified(),
                    meta.size(), value.rows(), value.columns(), heapBytes, 0, now,
                    millis(decoded - started), now, 0, Tier.MEMORY);
            return new Loaded(info, value, staged, format, millis(downloaded - started),
                    millis(decoded - downloaded));
        } catch (RuntimeException e) {
            DiskTier.deleteQuietly(staged);
            listeners.fire(new CacheEvent.LoadFailed(key, messageOf(e), clock.instant()));
            throw e;
        }
    }

    private void download(ItemKey key, SystemOfRecord sor, long total, Path staged) {
        try (InputStream in = sor.open(key.path()); OutputStream out = Files.newOutputStream(staged)) {
            byte[] buffer = new byte[BUFFER];
            long done = 0;
            long nextReport = PROGRESS_STEP;
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                done += n;
                if (done >= nextReport) {
                    listeners.fire(new CacheEvent.LoadProgress(key, done, total, clock.instant()));
                    nextReport = done + PROGRESS_STEP;
                }
            }
            listeners.fire(new CacheEvent.LoadProgress(key, done, total, clock.instant()));
        } catch (IOException e) {
            throw new SorUnavailableException("The download of '" + key.path() + "' from " + sor.describe()
                    + " broke off: " + e.getMessage() + ". Check the connection and try again.", e);
        }
    }

    static String extensionOf(String key) {
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        return dot > slash ? key.substring(dot) : "";
    }

    static String messageOf(RuntimeException e) {
        return e instanceof AsideException ? e.getMessage() : "Unexpected error: " + e;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
