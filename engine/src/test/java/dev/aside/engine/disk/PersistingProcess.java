package dev.aside.engine.disk;

import dev.aside.engine.ItemKey;
import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import java.nio.file.Path;

/**
 * The child process of {@link PersistedSurvivesKillTest}: reads the given items through a real cache
 * over a folder SOR, prints {@code PERSISTED <key>} the moment each Persisted event fires, then waits
 * to be killed. Arguments: the SOR folder, the cache folder, then the item paths.
 */
public final class PersistingProcess {

    private PersistingProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Cache cache = Cache.builder().cacheRoot(Path.of(args[1]))
                .systemOfRecord(new DirectorySystemOfRecord(Path.of(args[0]))).build();
        cache.subscribe(event -> {
            if (event instanceof CacheEvent.Persisted persisted) {
                System.out.println("PERSISTED " + persisted.key().path());
                System.out.flush();
            }
        });
        for (int i = 2; i < args.length; i++) {
            cache.read(ItemKey.of("sd", args[i]));
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
