package dev.aside.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Measures live heap: used bytes after the collector has had every chance to run. */
final class HeapProbe {

    private HeapProbe() {}

    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
