package dev.aside.engine.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Encodes a table's column chunks on the calling thread plus helpers, and hands them back in the
 * order a Parquet file holds them (row group by row group, each column in turn).
 *
 * <p>Why this shape: encoding, not writing, is the cost, and chunks are independent, so every
 * thread takes the next unencoded chunk. The writing thread encodes too while the chunk it needs
 * next is not ready, so it never idles behind a busy or late helper. A window of permits bounds the
 * chunks encoded but not yet written, so a slow destination (a client reading an HTTP answer)
 * holds back encoding instead of letting the whole file pile up in memory.
 */
final class ChunkPipeline implements AutoCloseable {

    private final List<ColumnEncoder> columns;
    private final int rows;
    private final int groupRows;
    private final int count;
    private final CompletableFuture<EncodedChunk>[] chunks;
    private final AtomicInteger next = new AtomicInteger();
    private final Semaphore window;
    private final List<CompletableFuture<Void>> helpers = new ArrayList<>();

    /** Chunks of {@code groupRows} rows (the last group may be shorter) of {@code rows} rows in all. */
    @SuppressWarnings("unchecked")
    ChunkPipeline(List<ColumnEncoder> columns, int rows, int groupRows, Executor executor, int threads) {
        this.columns = columns;
        this.rows = rows;
        this.groupRows = groupRows;
        this.count = columns.size() * ((rows + groupRows - 1) / groupRows);
        this.chunks = new CompletableFuture[count];
        for (int unit = 0; unit < count; unit++) {
            chunks[unit] = new CompletableFuture<>();
        }
        this.window = new Semaphore(2 * threads);
        for (int i = 0; i < Math.min(threads, count) - 1; i++) {
            helpers.add(CompletableFuture.runAsync(this::help, executor));
        }
    }

    /**
     * Chunk number {@code unit} in file order; called for 0, 1, 2... in turn by the writing thread.
     *
     * @throws UncheckedIOException or any other failure of its encoding
     */
    EncodedChunk take(int unit) {
        while (!chunks[unit].isDone() && window.tryAcquire()) {
            if (!encodeNext()) {
                break;
            }
        }
        try {
            return chunks[unit].join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error; // out of memory while encoding is not bad data
            }
            throw e;
        } finally {
            chunks[unit] = null; // written or failed: let its pages go
            window.release();
        }
    }

    private void help() {
        do {
            window.acquireUninterruptibly();
        } while (encodeNext());
    }

    /** Encodes the next chunk no thread has taken, under a permit the caller holds; false when none is left. */
    private boolean encodeNext() {
        int unit = next.getAndIncrement();
        if (unit >= count) {
            window.release();
            return false;
        }
        int group = unit / columns.size();
        int firstRow = group * groupRows;
        try {
            chunks[unit].complete(columns.get(unit % columns.size()).encode(firstRow,
                    Math.min(groupRows, rows - firstRow)));
        } catch (IOException | RuntimeException | Error e) {
            chunks[unit].completeExceptionally(e);
        }
        return true;
    }

    /** Stops handing out chunks and waits for the helpers, so no encoding outlives the write. */
    @Override
    public void close() {
        next.set(count);
        window.release(helpers.size());
        for (CompletableFuture<Void> helper : helpers) {
            helper.join();
        }
    }
}
