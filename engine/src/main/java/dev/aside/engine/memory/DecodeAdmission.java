package dev.aside.engine.memory;

import dev.aside.engine.ByteSize;
import dev.aside.engine.ItemKey;
import dev.aside.engine.MemoryBusyException;
import dev.aside.engine.Ticker;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits decodes into the memory budget before they allocate. A decode (from the disk tier or a
 * freshly downloaded file) reserves its estimated heap bytes, taken from the file's row count and
 * schema or the catalog's figure, before the first column is built; the memory tier then evicts down
 * to what is left of its limit, so values held plus decodes in flight stay within the limit. At most
 * {@code maxDecodes} run at once, because each decode also needs transient heap (raw pages, growing
 * arrays) that no estimate covers well.
 *
 * <p>A decode that cannot fit waits up to {@code maxWait} for others to finish, then fails with a
 * {@link MemoryBusyException} carrying a retry hint; it never waits without a bound. An item larger
 * than the whole limit is admitted when nothing else is in flight, so it can still be read (once,
 * without being kept).
 *
 * <p>Thread-safe. Time is read from the injected {@link Ticker}, so a test controls the deadline.
 */
public final class DecodeAdmission {

    private static final Logger LOG = LoggerFactory.getLogger(DecodeAdmission.class);

    /**
     * Heap that must stay outside the memory limit: a decode's transient needs that its reservation
     * does not cover (one row group's raw and uncompressed pages per decoding thread, a column grown
     * by appending before it is trimmed) plus the server's own working set. A chosen floor, not a
     * measured one: several row groups of raw and decoded pages plus Jetty's buffers fit in it.
     */
    public static final long DECODE_HEADROOM_BYTES = 128L << 20;

    private final MemoryTier memory;
    private final int maxDecodes;
    private final long maxWaitNanos;
    private final Ticker ticker;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private long reservedBytes;
    private int decodes;

    /**
     * @param memory the tier whose limit the reservations count against
     * @param maxDecodes decodes allowed at once, at least 1
     * @param maxWaitNanos how long a decode may wait for room; 0 refuses at once
     * @param ticker the source of time for that wait
     * @throws IllegalArgumentException when {@code maxDecodes < 1} or {@code maxWaitNanos < 0}
     */
    public DecodeAdmission(MemoryTier memory, int maxDecodes, long maxWaitNanos, Ticker ticker) {
        if (maxDecodes < 1) {
            throw new IllegalArgumentException("maxDecodes must be at least 1, was " + maxDecodes);
        }
        if (maxWaitNanos < 0) {
            throw new IllegalArgumentException("maxWaitNanos must not be negative, was " + maxWaitNanos);
        }
        this.memory = memory;
        this.maxDecodes = maxDecodes;
        this.maxWaitNanos = maxWaitNanos;
        this.ticker = ticker;
    }

    /**
     * A reservation; closing it returns its bytes and its decode slot. Close it as the decode returns,
     * just before the value enters the memory tier, where its own weight then counts.
     */
    public interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Reserves {@code estimateBytes} for decoding {@code key}, waiting up to the configured time.
     *
     * @throws MemoryBusyException when no room came free in time, the thread was interrupted, or the
     *     item is larger than the memory limit and the decode headroom together
     */
    public Ticket admit(ItemKey key, long estimateBytes) {
        long bytes = Math.max(0, estimateBytes);
        if (bytes > memory.limitBytes() + DECODE_HEADROOM_BYTES) {
            // more than the memory tier and the decode headroom together: decoding it could only end
            // in OutOfMemoryError for this read and whatever else the server does meanwhile
            throw new MemoryBusyException("'" + key + "' needs about " + ByteSize.format(bytes) + " to decode, more than "
                    + "the " + ByteSize.format(memory.limitBytes()) + " memory limit allows; raise the memory limit "
                    + "(and -Xmx with it) to read it.", retryAfterSeconds(), null);
        }
        lock.lock();
        try {
            long deadline = ticker.read() + maxWaitNanos;
            while (!fits(bytes)) {
                long left = deadline - ticker.read();
                if (left <= 0) {
                    throw busy(key, bytes, null);
                }
                try {
                    released.awaitNanos(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy(key, bytes, e);
                }
            }
            decodes++;
            reservedBytes += bytes;
            memory.setReservedBytes(reservedBytes);
        } finally {
            lock.unlock();
        }
        return ticketFor(bytes);
    }

    /** Closing twice returns the reservation once. */
    private Ticket ticketFor(long bytes) {
        boolean[] closed = {false};
        return () -> {
            lock.lock();
            try {
                if (closed[0]) {
                    return;
                }
                closed[0] = true;
                decodes--;
                reservedBytes -= bytes;
                memory.setReservedBytes(reservedBytes);
                released.signalAll();
            } finally {
                lock.unlock();
            }
        };
    }

    private boolean fits(long bytes) {
        if (decodes >= maxDecodes) {
            return false;
        }
        return reservedBytes == 0 || reservedBytes + bytes <= memory.limitBytes();
    }

    /**
     * Refuses a memory limit that leaves less than {@link #DECODE_HEADROOM_BYTES} of the maximum heap
     * outside it: the limit covers values and decodes in flight, the rest of the heap must hold one
     * decode's transient buffers and the server itself.
     *
     * @throws IllegalArgumentException naming both values and what to change
     */
    public static void requireHeadroom(long limitBytes, long maxHeapBytes) {
        if (maxHeapBytes - limitBytes < DECODE_HEADROOM_BYTES) {
            throw new IllegalArgumentException("The memory limit " + ByteSize.format(limitBytes)
                    + " leaves " + ByteSize.format(Math.max(0, maxHeapBytes - limitBytes)) + " of the "
                    + ByteSize.format(maxHeapBytes) + " maximum heap (-Xmx) for decoding and serving; at least "
                    + ByteSize.format(DECODE_HEADROOM_BYTES) + " must stay outside it. Set the memory limit to at most "
                    + ByteSize.format(Math.max(0, maxHeapBytes - DECODE_HEADROOM_BYTES)) + " or raise -Xmx.");
        }
    }

    /**
     * What a decode that ran out of heap despite its reservation becomes: logged here, once, and
     * answered like a decode that did not fit, since the heap is free again once its buffers are gone.
     */
    public MemoryBusyException heapExhausted(ItemKey key, OutOfMemoryError error) {
        LOG.warn("The heap ran out while decoding '{}' ({} reserved by decodes in flight): {}", key,
                ByteSize.format(reservedBytes()), error.getMessage());
        return new MemoryBusyException("The server ran out of memory while decoding '" + key + "'.",
                retryAfterSeconds(), error);
    }

    private long retryAfterSeconds() {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(maxWaitNanos));
    }

    /** Bytes reserved by decodes in flight. */
    public long reservedBytes() {
        lock.lock();
        try {
            return reservedBytes;
        } finally {
            lock.unlock();
        }
    }

    private MemoryBusyException busy(ItemKey key, long bytes, Throwable cause) {
        return new MemoryBusyException("Not enough memory is free to decode '" + key + "' (about "
                + ByteSize.format(bytes) + ") while " + decodes + " other decode(s) hold "
                + ByteSize.format(reservedBytes) + " of the " + ByteSize.format(memory.limitBytes())
                + " memory limit.", retryAfterSeconds(), cause);
    }
}
