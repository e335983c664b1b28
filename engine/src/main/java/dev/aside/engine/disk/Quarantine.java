package dev.aside.engine.disk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code quarantine} folder under the cache folder: damaged table files and catalogs that could
 * not be opened are moved here instead of being deleted, so a person can inspect or recover them.
 * Each entry's name starts with the UTC time it was moved ({@code 20261129T235959.123Z-}); entries
 * older than {@link #RETENTION} are deleted when the disk tier opens, so the folder stays bounded.
 *
 * <p>Not thread-safe on its own: the disk tier calls it under its lock.
 */
final class Quarantine {

    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);

    /** A week: long enough to notice a problem and look, short enough that disk use stays bounded. */
    static final Duration RETENTION = Duration.ofDays(7);
    static final String FOLDER = "quarantine";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    Quarantine(Path cacheRoot, Clock clock) throws IOException {
        this.folder = OwnerOnly.folder(cacheRoot.resolve(FOLDER));
        this.clock = clock;
    }

    /** Moves {@code file} here and returns where it went. */
    Path moveAside(Path file) throws IOException {
        Path target = folder.resolve(STAMP.format(clock.instant()) + "-" + file.getFileName());
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Deletes entries moved here longer ago than {@link #RETENTION}; a failure is logged and retried next open. */
    void prune() {
        Instant cutoff = clock.instant().minus(RETENTION);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (movedBefore(entry, cutoff)) {
                    DiskTier.deleteQuietly(entry);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clean the quarantine folder {}: {}", folder, e.getMessage());
        }
    }

    Path folder() {
        return folder;
    }

    /** The move time is in the name: a move keeps the file's own modification time, which may be older. */
    private static boolean movedBefore(Path entry, Instant cutoff) {
        String name = entry.getFileName().toString();
        int dash = name.indexOf('-');
        try {
            return dash > 0 && STAMP.parse(name.substring(0, dash), Instant::from).isBefore(cutoff);
        } catch (RuntimeException e) {
            return false; // not ours: left alone
        }
    }
}
