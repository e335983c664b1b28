package dev.aside.rest.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last N requests in a lock-free ring, plus listeners told of each one. Recording is a counter
 * increment and an array store, cheap enough for every request on the hit path. Listeners run on
 * the request's thread, so they must be quick (a UI hands the record to its own thread); one that
 * throws is logged and never fails the request.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    private final AtomicReferenceArray<RequestRecord> ring;
    private final AtomicLong written = new AtomicLong();
    private final List<Consumer<RequestRecord>> listeners = new CopyOnWriteArrayList<>();

    public RequestLog(int capacity) {
        this.ring = new AtomicReferenceArray<>(capacity);
    }

    public void record(RequestRecord request) {
        long slot = written.getAndIncrement();
        ring.set((int) (slot % ring.length()), request);
        for (Consumer<RequestRecord> listener : listeners) {
            try {
                listener.accept(request);
            } catch (RuntimeException e) {
                LOG.warn("A request listener failed", e);
            }
        }
    }

    /** The kept requests, oldest first. */
    public List<RequestRecord> recent() {
        long end = written.get();
        long start = Math.max(0, end - ring.length());
        List<RequestRecord> out = new ArrayList<>((int) (end - start));
        for (long i = start; i < end; i++) {
            RequestRecord request = ring.get((int) (i % ring.length()));
            if (request != null) {
                out.add(request);
            }
        }
        return out;
    }

    /** Adds a listener; close the handle to remove it. */
    public AutoCloseable subscribe(Consumer<RequestRecord> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
