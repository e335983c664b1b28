package dev.aside.engine.spec;

import dev.aside.engine.Cache;
import dev.aside.engine.ReadOptions;
import dev.aside.engine.sor.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the items of a {@link SpecFile} into the cache on a bounded pool and keeps entries with a
 * refresh interval fresh.
 *
 * <p>A preload first expands every entry (globs by listing the SOR), so totals of items and bytes are
 * known before the first item loads, then loads the items in parallel on the pool. Each finished
 * item, loaded or failed, is one {@link PreloadProgress}; a failure (a missing path, a corrupt file)
 * is reported and the rest continue. Nothing here blocks a pool thread waiting for another, so a
 * pool of one thread works.
 *
 * <p>{@link #start} also schedules, per entry with a refresh interval, a round that re-expands the
 * entry and reads every item with validation, which reloads items whose SOR copy changed. Both
 * executors are passed in and stay the caller's; {@link #close()} cancels the scheduled rounds.
 */
public final class SpecPreloader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpecPreloader.class);

    private final Cache cache;
    private final ExecutorService pool;
    private final ScheduledExecutorService scheduler;
    private final List<ScheduledFuture<?>> refreshes = new CopyOnWriteArrayList<>();

    public SpecPreloader(Cache cache, ExecutorService pool, ScheduledExecutorService scheduler) {
        this.cache = cache;
        this.pool = pool;
        this.scheduler = scheduler;
    }

    /** Preloads every entry once; the future completes when all items have finished. */
    public CompletableFuture<PreloadReport> preload(SpecFile spec, PreloadListener listener) {
        return run(spec.entries(), false, listener);
    }

    /** Preloads, then re-validates the entries that have a refresh interval, until {@link #close()}. */
    public CompletableFuture<PreloadReport> start(SpecFile spec, PreloadListener listener) {
        for (SpecEntry entry : spec.entries()) {
            if (entry.refresh() != null) {
                long every = entry.refresh().toMillis();
                refreshes.add(scheduler.scheduleWithFixedDelay(() -> refresh(entry, listener), every, every,
                        TimeUnit.MILLISECONDS));
            }
        }
        return preload(spec, listener);
    }

    private void refresh(SpecEntry entry, PreloadListener listener) {
        run(List.of(entry), true, listener).whenComplete((report, error) -> {
            if (error != null) {
                LOG.warn("Refreshing '{}' failed: {}", entry.path(), error.getMessage());
            }
        });
    }

    private CompletableFuture<PreloadReport> run(List<SpecEntry> entries, boolean validate, PreloadListener listener) {
        return CompletableFuture.supplyAsync(() -> expand(entries), pool).thenCompose(targets -> {
            PreloadTally tally = new PreloadTally(targets, listener);
            List<CompletableFuture<Void>> loads = new ArrayList<>();
            for (PreloadTally.Target target : targets) {
                if (target.error() != null) {
                    tally.failed(target, target.error());
                } else {
                    loads.add(CompletableFuture.runAsync(() -> load(target, validate, tally), pool));
                }
            }
            return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).thenApply(done -> tally.report());
        });
    }

    private List<PreloadTally.Target> expand(List<SpecEntry> entries) {
        List<PreloadTally.Target> targets = new ArrayList<>();
        for (SpecEntry entry : entries) {
            try {
                for (ObjectMeta object : GlobExpander.expand(cache, entry)) {
                    targets.add(new PreloadTally.Target(object.path(), entry.storage(), object.size(), null));
                }
            } catch (RuntimeException e) {
                targets.add(new PreloadTally.Target(entry.path(), entry.storage(), 0, message(e)));
            }
        }
        return targets;
    }

    private void load(PreloadTally.Target target, boolean validate, PreloadTally tally) {
        try {
            cache.read(cache.resolve(target.storage(), target.key()), validate ? ReadOptions.VALIDATE : ReadOptions.DEFAULT);
            tally.loaded(target);
        } catch (RuntimeException e) {
            tally.failed(target, message(e));
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    @Override
    public void close() {
        refreshes.forEach(refresh -> refresh.cancel(false));
        refreshes.clear();
    }
}
