package dev.aside.engine.testing;

import dev.aside.engine.SorUnavailableException;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.sor.SystemOfRecord;
import java.io.InputStream;
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
