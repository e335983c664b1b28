package dev.aside.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.Cache;
import dev.aside.engine.ItemKey;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import dev.aside.engine.testing.TestFiles;
import dev.aside.ui.common.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling a load interrupts the download; the engine stores nothing. */
class LoadCancelTest {

    @TempDir
    Path temp;

    /** A folder SOR whose downloads trickle, one small read at a time, until interrupted. */
    private static final class SlowSystemOfRecord implements SystemOfRecord {
        private final SystemOfRecord real;
        final CountDownLatch downloading = new CountDownLatch(1);

        SlowSystemOfRecord(SystemOfRecord real) {
            this.real = real;
        }

        @Override public String name() { return real.name(); }
        @Override public String describe() { return real.describe(); }
        @Override public ObjectPage list(String prefix, boolean delimited, String token, int pageSize) {
            return real.list(prefix, delimited, token, pageSize);
        }
        @Override public ObjectMeta stat(String path) { return real.stat(path); }

        @Override
        public InputStream open(String path) {
            InputStream in = real.open(path);
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    downloading.countDown();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException("interrupted");
                    }
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int c = read();
                    if (c < 0) {
                        return -1;
                    }
                    b[off] = (byte) c;
                    return 1;
                }
            };
        }
    }

    @Test
    void cancel_duringDownload_endsCancelledAndCachesNothing() throws Exception {
        TestFiles.write(temp.resolve("sor"), "slow.json", "{\"padding\":\"" + "x".repeat(10_000) + "\"}");
        SlowSystemOfRecord sor = new SlowSystemOfRecord(new DirectorySystemOfRecord(temp.resolve("sor")));
        try (Cache cache = Cache.builder().cacheRoot(temp.resolve("cache")).systemOfRecord(sor).build()) {
            LoadTask task = new LoadTask(cache, null, "slow.json");
            LoadJob job = new LoadJob(task);
            AtomicReference<String> outcome = new AtomicReference<>();
            CountDownLatch ended = new CountDownLatch(1);
            task.onSuccess(info -> outcome.set("loaded")).onFailure(e -> outcome.set("failed: " + e))
                    .onCancelled(() -> {
                        job.cancelled();
                        outcome.set("cancelled");
                    });
            Thread worker = new Thread(() -> {
                new CurrentThreadTaskExecutor().execute(task);
                ended.countDown();
            });
            worker.start();
            assertTrue(sor.downloading.await(10, TimeUnit.SECONDS));

            job.cancel();

            assertTrue(ended.await(10, TimeUnit.SECONDS), "the download did not stop");
            assertEquals("cancelled", outcome.get());
            assertEquals(LoadJob.State.CANCELLED, job.stateProperty().get());
            assertTrue(cache.head(ItemKey.of("sd", "slow.json")).isEmpty());
        }
    }
}
