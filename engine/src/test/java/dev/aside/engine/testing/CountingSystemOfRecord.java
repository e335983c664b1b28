package dev.aside.engine.testing;

import dev.aside.engine.SorUnavailableException;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.sor.SystemOfRecord;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a real SOR to count requests, and can switch it off to prove a read needs no SOR. The
 * counting is the only thing it adds: every call still goes to the real store.
 */
public final class CountingSystemOfRecord implements SystemOfRecord {

    private final SystemOfRecord real;
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicInteger stats = new AtomicInteger();
    private final AtomicInteger lists = new AtomicInteger();
    private volatile boolean off;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final CountDownLatch opening = new CountDownLatch(1);

    public CountingSystemOfRecord(SystemOfRecord real) {
        this.real = real;
    }

    /** A SOR that answers every call as unreachable, under the given name. */
    public static CountingSystemOfRecord switchedOff(SystemOfRecord real) {
        CountingSystemOfRecord sor = new CountingSystemOfRecord(real);
        sor.switchOff();
        return sor;
    }

    public void switchOff() {
        off = true;
    }

    public void switchOn() {
        off = false;
    }

    /** Makes every {@link #open} wait until {@link #releaseOpens}, to hold a load in flight. */
    public void holdOpens() {
        gate = new CountDownLatch(1);
    }

    public void releaseOpens() {
        gate.countDown();
    }

    /** Waits until some call has reached {@link #open}. */
    public void awaitOpening() throws InterruptedException {
        if (!opening.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no SOR open within 30 s");
        }
    }

    public int opens() {
        return opens.get();
    }

    public int requests() {
        return opens.get() + stats.get() + lists.get();
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public String describe() {
        return real.describe();
    }

    @Override
    public ObjectPage list(String prefix, boolean delimited, String token, int pageSize) {
        lists.incrementAndGet();
        check();
        return real.list(prefix, delimited, token, pageSize);
    }

    @Override
    public ObjectMeta stat(String path) {
        stats.incrementAndGet();
        check();
        return real.stat(path);
    }

    @Override
    public InputStream open(String path) {
        opens.incrementAndGet();
        opening.countDown();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // as a download does when its thread is interrupted
            throw new SorUnavailableException("The download of '" + path + "' was interrupted.",
                    new InterruptedIOException(e.getMessage()));
        }
        check();
        return real.open(path);
    }

    private void check() {
        if (off) {
            throw new SorUnavailableException(real.describe() + " is switched off for this test.");
        }
    }

    @Override
    public void close() {
        real.close();
    }
}
