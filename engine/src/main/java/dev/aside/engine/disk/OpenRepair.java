package dev.aside.engine.disk;

import dev.aside.engine.ItemInfo;
import dev.aside.engine.ItemKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the disk tier does once when it opens, before anyone else can use it: makes the catalog and
 * the table files agree again after a crash, and fills a rebuilt catalog from the table files.
 * Nothing is deleted that could still be worth something: a table file no row names is registered
 * from its footer, or moved to the quarantine folder.
 */
final class OpenRepair {

    private static final Logger LOG = LoggerFactory.getLogger(OpenRepair.class);

    private OpenRepair() {
    }

    /**
     * Drops rows whose file is gone, deletes staging leftovers, registers table files no row names
     * (a write whose commit a crash interrupted, or every file after a lost catalog) and moves
     * files that cannot be registered to the quarantine folder.
     */
    static void run(Path root, Catalog catalog, TableFiles tables, Quarantine quarantine) throws IOException {
        Map<String, ItemKey> referenced = catalog.tableFiles();
        referenced.forEach((fileName, key) -> {
            if (!Files.isRegularFile(tables.path(fileName))) {
                LOG.warn("Cached table '{}' lost its file; it will be loaded again from its source", key);
                catalog.delete(key);
            }
        });
        tables.clearStaging();
        Set<ItemKey> keys = new HashSet<>();
        catalog.entries().forEach(info -> keys.add(info.key()));
        int registered = 0;
        int quarantined = 0;
        for (String fileName : tables.list()) {
            if (referenced.containsKey(fileName)) {
                continue;
            }
            Optional<ItemInfo> described = tables.describedBy(fileName);
            if (described.isPresent() && keys.add(described.get().key())) {
                catalog.store(described.get(), fileName, null);
                registered++;
            } else {
                LOG.warn("Cached table file {} belongs to no item; moved to {}", fileName,
                        quarantine.moveAside(tables.path(fileName)));
                quarantined++;
            }
        }
        if (catalog.wasLost()) {
            LOG.warn("Rebuilt the cache catalog in {}: {} table items registered from their files, {} files moved "
                    + "to {}; JSON and bytes items load again from their source when next read", root, registered,
                    quarantined, quarantine.folder());
        } else if (registered > 0) {
            LOG.warn("The cache catalog in {} did not list {} complete table files (a crash before their rows were "
                    + "written, or an older catalog state); registered them from their files", root, registered);
        }
    }
}
