package dev.aside.engine.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts one preload run's finished items and bytes and tells the listener after each. Thread-safe. */
final class PreloadTally {

    private static final Logger LOG = LoggerFactory.getLogger(PreloadTally.class);

    /** One object to load; {@code error} is set when its spec entry could not even be expanded. */
    record Target(String key, String storage, long size, String error) {}

    private final PreloadListener listener;
    private final int itemsTotal;
    private final long bytesTotal;
    private final List<String> loaded = new ArrayList<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private int itemsDone;
    private long bytesDone;
    private long bytesLoaded;

    PreloadTally(List<Target> targets, PreloadListener listener) {
        this.listener = listener;
        this.itemsTotal = targets.size();
        this.bytesTotal = targets.stream().mapToLong(Target::size).sum();
    }

    void loaded(Target target) {
        PreloadProgress progress;
        synchronized (this) {
            loaded.add(target.key());
            bytesLoaded += target.size();
            progress = advance(target, null);
        }
        tell(progress);
    }

    void failed(Target target, String message) {
        PreloadProgress progress;
        synchronized (this) {
            failures.put(target.key(), message);
            progress = advance(target, message);
        }
        tell(progress);
    }

    synchronized PreloadReport report() {
        return new PreloadReport(loaded, failures, bytesLoaded);
    }

    private PreloadProgress advance(Target target, String error) {
        itemsDone++;
        bytesDone += target.size();
        return new PreloadProgress(target.key(), error, itemsDone, itemsTotal, bytesDone, bytesTotal);
    }

    private void tell(PreloadProgress progress) {
        try {
            listener.onProgress(progress);
        } catch (RuntimeException e) {
            LOG.warn("A preload listener failed on {}", progress, e);
        }
    }
}
