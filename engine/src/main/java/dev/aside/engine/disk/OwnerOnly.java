package dev.aside.engine.disk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Keeps the cache folder private to its owner (folders 0700, files 0600): cached items are copies of
 * data the user may read and others may not. On a file system without POSIX permissions (Windows)
 * the folder's inherited access control applies and nothing is changed.
 */
final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates {@code folder} (and missing parents) owner-only, and makes it owner-only if it exists. */
    static Path folder(Path folder) throws IOException {
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(folder, FOLDER);
        } else {
            Files.createDirectories(folder);
        }
        return folder;
    }

    /** Creates an empty owner-only file; writers that later open it keep its permissions. */
    static Path newFile(Path file) throws IOException {
        FileAttribute<?>[] attributes = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
        return Files.createFile(file, attributes);
    }

    /**
     * Makes {@code folder} and the named entries in it owner-only, the entries with everything under
     * them: files that older versions wrote. Other entries are left alone, since the folder may be
     * one the user also keeps other things in.
     */
    static void tighten(Path folder, Predicate<String> owned) throws IOException {
        if (!POSIX) {
            return;
        }
        Files.setPosixFilePermissions(folder, FOLDER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, entry -> owned.test(
                entry.getFileName().toString()))) {
            for (Path entry : entries) {
                try (Stream<Path> paths = Files.walk(entry)) {
                    for (Path path : (Iterable<Path>) paths::iterator) {
                        Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
                    }
                }
            }
        }
    }
}
