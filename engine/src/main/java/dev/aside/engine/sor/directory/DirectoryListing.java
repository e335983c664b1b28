package dev.aside.engine.sor.directory;

import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One page of a directory listing with S3's semantics: keys are relative paths with forward
 * slashes, a prefix matches keys that start with it (not only whole folders), a non-delimited
 * listing is recursive, a delimited one returns one level with sub-folders as {@code name/}.
 *
 * <p>Keys come back in {@link String} order across the whole listing, as S3 does, not in walk
 * order ({@code a-b} sorts before {@code a/b}). The file system keeps no such index, so each page
 * walks everything under the prefix's folder and keeps the smallest {@code pageSize + 1} keys
 * after the token: time linear in the folder size per page, memory bounded by the page.
 *
 * <p>Symbolic links to files are listed when their target lies inside the root; links to folders
 * are not followed, which rules out cycles. Entries that vanish or cannot be read during the walk
 * are skipped rather than failing the whole listing (a network drive's protected system folders).
 */
final class DirectoryListing {

    private final Path realRoot;
    private final String prefix;
    private final String token;
    private final int pageSize;
    /** Smallest keys after the token; a null value is a folder (only in delimited listings). */
    private final TreeMap<String, ObjectMeta> smallest = new TreeMap<>();

    DirectoryListing(Path realRoot, String prefix, String token, int pageSize) {
        this.realRoot = realRoot;
        this.prefix = prefix;
        this.token = token;
        this.pageSize = pageSize;
    }

    /** Lists from {@code baseDir}, the real path of the folder part of the prefix. */
    ObjectPage page(Path baseDir, String baseKey, boolean delimited) throws IOException {
        if (!Files.isDirectory(baseDir)) {
            return new ObjectPage(List.of(), List.of(), null);
        }
        if (delimited) {
            listOneLevel(baseDir, baseKey);
        } else {
            walk(baseDir, baseKey);
        }
        return toPage();
    }

    private void listOneLevel(Path dir, String dirKey) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String key = dirKey + entry.getFileName();
                BasicFileAttributes attrs = readAttributes(entry).orElse(null);
                if (attrs == null) {
                    continue;
                }
                if (attrs.isDirectory()) {
                    offer(key + "/", null);
                } else {
                    fileMeta(entry, key, attrs).ifPresent(meta -> offer(key, meta));
                }
            }
        } catch (NoSuchFileException e) {
            // The folder went away between the check and the read: it lists as empty, like S3.
        }
    }

    private void walk(Path baseDir, String baseKey) throws IOException {
        Files.walkFileTree(baseDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(baseDir)) {
                    return FileVisitResult.CONTINUE;
                }
                String folder = keyOf(baseDir, baseKey, dir) + "/";
                boolean mayMatch = folder.startsWith(prefix) || prefix.startsWith(folder);
                return mayMatch ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String key = keyOf(baseDir, baseKey, file);
                fileMeta(file, key, attrs).ifPresent(meta -> offer(key, meta));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Metadata of a regular file, or of a link's target when that target is a file inside the root. */
    private Optional<ObjectMeta> fileMeta(Path file, String key, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
            return Optional.of(DirectorySystemOfRecord.meta(key, attrs));
        }
        if (!attrs.isSymbolicLink()) {
            return Optional.empty();
        }
        try {
            Path target = file.toRealPath();
            BasicFileAttributes targetAttrs = Files.readAttributes(target, BasicFileAttributes.class);
            if (target.startsWith(realRoot) && targetAttrs.isRegularFile()) {
                return Optional.of(DirectorySystemOfRecord.meta(key, targetAttrs));
            }
        } catch (IOException e) {
            // A dangling or unreadable link is not an object.
        }
        return Optional.empty();
    }

    private void offer(String key, ObjectMeta meta) {
        if (!key.startsWith(prefix) || (token != null && key.compareTo(token) <= 0)) {
            return;
        }
        smallest.put(key, meta);
        if (smallest.size() > pageSize + 1) {
            smallest.pollLastEntry();
        }
    }

    private ObjectPage toPage() {
        List<ObjectMeta> objects = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        String last = null;
        for (Map.Entry<String, ObjectMeta> entry : smallest.entrySet()) {
            if (objects.size() + folders.size() == pageSize) {
                return new ObjectPage(objects, folders, last);
            }
            if (entry.getValue() == null) {
                folders.add(entry.getKey());
            } else {
                objects.add(entry.getValue());
            }
            last = entry.getKey();
        }
        return new ObjectPage(objects, folders, null);
    }

    private static Optional<BasicFileAttributes> readAttributes(Path entry) {
        try {
            return Optional.of(Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String keyOf(Path baseDir, String baseKey, Path entry) {
        StringBuilder key = new StringBuilder(baseKey);
        Path relative = baseDir.relativize(entry);
        for (int i = 0; i < relative.getNameCount(); i++) {
            if (i > 0) {
                key.append('/');
            }
            key.append(relative.getName(i));
        }
        return key.toString();
    }
}
