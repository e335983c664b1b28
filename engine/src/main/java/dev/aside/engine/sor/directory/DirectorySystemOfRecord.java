package dev.aside.engine.sor.directory;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ObjectNotFoundException;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.sor.PageSize;
import dev.aside.engine.sor.SorPath;
import dev.aside.engine.sor.SystemOfRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A folder on a local or network drive as a system of record: the seed's {@code storage=sd},
 * rooted at {@code REMOTE_STORAGE}.
 *
 * <p>Paths are cleaned by {@link SorPath} and then checked again after following links, so neither
 * {@code ..} nor a symbolic link can reach a file outside the folder. Listings behave like S3's
 * (see {@link DirectoryListing}); the continuation token is the last key of the previous page.
 * The ETag is built from size and modification time, so it changes whenever a file is rewritten
 * through the file system, without reading the content.
 *
 * <p>Thread-safe: it holds only the root path. A missing or unreadable root fails each call with
 * {@link dev.aside.engine.SorUnavailableException}, not the constructor, so the cache can start
 * before a network drive is mounted.
 */
public final class DirectorySystemOfRecord implements SystemOfRecord {

    /** The storage name requests use. */
    public static final String NAME = "sd";
    /** The environment variable naming the root folder. */
    public static final String ROOT_VARIABLE = "REMOTE_STORAGE";

    private final RootFolder root;

    /** Serves the files under {@code root}; relative roots are taken from the working directory. */
    public DirectorySystemOfRecord(Path root) {
        this.root = new RootFolder(Objects.requireNonNull(root, "root"));
    }

    /** Serves the folder named by {@code REMOTE_STORAGE} in {@code env}. */
    public static DirectorySystemOfRecord fromEnvironment(Map<String, String> env) {
        String folder = env.get(ROOT_VARIABLE);
        if (folder == null || folder.isBlank()) {
            throw new InvalidParameterException(ROOT_VARIABLE + " is not set. Set it to the folder"
                    + " that holds the data, e.g. /mnt/data or D:\\data.");
        }
        try {
            return new DirectorySystemOfRecord(Path.of(folder.strip()));
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidParameterException(ROOT_VARIABLE + " is not a valid folder path ("
                    + e.getReason() + "). Set it to the folder that holds the data.", e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        return root.path().toString();
    }

    /** The folder served, absolute. */
    public Path root() {
        return root.path();
    }

    @Override
    public ObjectPage list(String prefix, boolean delimited, String token, int pageSize) {
        PageSize.require(pageSize);
        String cleanPrefix = SorPath.normalizePrefix(prefix);
        Path realRoot = root.real();
        String baseKey = cleanPrefix.substring(0, cleanPrefix.lastIndexOf('/') + 1);
        Path baseDir;
        try {
            baseDir = baseKey.isEmpty() ? realRoot : root.resolveExisting(realRoot, baseKey);
        } catch (ObjectNotFoundException e) {
            // S3 answers an empty page for a prefix that matches nothing; so do we.
            return new ObjectPage(List.of(), List.of(), null);
        }
        try {
            return new DirectoryListing(realRoot, cleanPrefix, token, pageSize)
                    .page(baseDir, baseKey, delimited);
        } catch (AccessDeniedException e) {
            throw root.accessDenied(baseKey, e);
        } catch (IOException e) {
            throw root.unavailable(e);
        }
    }

    @Override
    public ObjectMeta stat(String path) {
        return onFile(path, (cleanPath, file) -> meta(cleanPath, Files.readAttributes(file, BasicFileAttributes.class)));
    }

    @Override
    public InputStream open(String path) {
        return onFile(path, (cleanPath, file) -> Files.newInputStream(file));
    }

    private interface FileAccess<T> {
        T apply(String cleanPath, Path file) throws IOException;
    }

    /** Runs {@code access} on the regular file at {@code path}, its I/O failures as this SOR's exceptions. */
    private <T> T onFile(String path, FileAccess<T> access) {
        String cleanPath = SorPath.normalize(path);
        Path file = existingFile(cleanPath);
        try {
            return access.apply(cleanPath, file);
        } catch (NoSuchFileException e) {
            throw root.notFound(cleanPath);
        } catch (AccessDeniedException e) {
            throw root.accessDenied(cleanPath, e);
        } catch (IOException e) {
            throw root.unavailable(e);
        }
    }

    @Override
    public String toString() {
        return "DirectorySystemOfRecord[" + describe() + "]";
    }

    /** The real path of a regular file inside the root; a folder is not an object. */
    private Path existingFile(String cleanPath) {
        Path file = root.resolveExisting(root.real(), cleanPath);
        if (!Files.isRegularFile(file)) {
            throw new ObjectNotFoundException("'" + cleanPath + "' in the storage folder " + root.path()
                    + " is a folder, not a file. List it to see the files inside.");
        }
        return file;
    }

    static ObjectMeta meta(String key, BasicFileAttributes attrs) {
        return new ObjectMeta(key, attrs.size(), attrs.lastModifiedTime().toInstant(), etag(attrs));
    }

    /** Size and modification time (nanoseconds where the file system keeps them) in hex. */
    private static String etag(BasicFileAttributes attrs) {
        return Long.toHexString(attrs.size()) + "-"
                + Long.toHexString(attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}
