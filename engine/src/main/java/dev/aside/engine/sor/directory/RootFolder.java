package dev.aside.engine.sor.directory;

import dev.aside.engine.InvalidPathException;
import dev.aside.engine.ObjectNotFoundException;
import dev.aside.engine.SorAccessDeniedException;
import dev.aside.engine.SorUnavailableException;
import dev.aside.engine.sor.SorPath;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The folder a {@link DirectorySystemOfRecord} serves, and the one place that turns a clean
 * relative path into a real file under it.
 *
 * <p>{@link SorPath} already refused {@code ..} and absolute paths; what is left is a symbolic link
 * inside the folder that points out of it. So every resolution follows links ({@code toRealPath})
 * and checks the result still lies under the root's real path. The root is resolved on every call
 * rather than once, because a network drive may be mounted, unmounted or remounted while we run.
 */
final class RootFolder {

    private final Path root;

    RootFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path path() {
        return root;
    }

    /** The root's real path; fails when the folder is missing, not a folder or unreadable. */
    Path real() {
        Path real;
        try {
            real = root.toRealPath();
        } catch (NoSuchFileException e) {
            throw new SorUnavailableException("The storage folder " + root + " does not exist or is not"
                    + " mounted. Check REMOTE_STORAGE and that the drive is connected.", e);
        } catch (IOException e) {
            throw unavailable(e);
        }
        if (!Files.isDirectory(real)) {
            throw new SorUnavailableException("The storage folder " + root + " is not a folder."
                    + " Point REMOTE_STORAGE at a folder.");
        }
        if (!Files.isReadable(real)) {
            throw new SorUnavailableException("The storage folder " + root + " cannot be read by this"
                    + " process. Check its permissions.");
        }
        return real;
    }

    /**
     * The real path of an existing entry named by a clean relative path.
     *
     * @throws ObjectNotFoundException when nothing exists there
     * @throws InvalidPathException when the entry is a link that leads outside the root
     */
    Path resolveExisting(Path realRoot, String cleanPath) {
        Path candidate = resolve(realRoot, cleanPath);
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            throw notFound(cleanPath);
        } catch (AccessDeniedException e) {
            throw accessDenied(cleanPath, e);
        } catch (IOException e) {
            // Unix reports "a/file.csv/more" as a bare FileSystemException (ENOTDIR), not a missing file.
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                throw notFound(cleanPath);
            }
            throw unavailable(e);
        }
        if (!real.startsWith(realRoot)) {
            throw new InvalidPathException("Invalid path '" + cleanPath + "': it is a link that leads"
                    + " outside the storage folder. Use a path whose files lie inside " + root + ".");
        }
        return real;
    }

    /** Joins a clean relative path onto the root; the platform may still refuse some names. */
    Path resolve(Path realRoot, String cleanPath) {
        try {
            return realRoot.resolve(cleanPath);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidPathException("Invalid path '" + cleanPath + "': this file system does not"
                    + " allow it (" + e.getReason() + "). " + "Rename the file or use another path.", e);
        }
    }

    ObjectNotFoundException notFound(String cleanPath) {
        return new ObjectNotFoundException("No file '" + cleanPath + "' in the storage folder " + root
                + ". Check the path and its case, or list the folder to see what is there.");
    }

    SorAccessDeniedException accessDenied(String cleanPath, IOException cause) {
        return new SorAccessDeniedException("The file '" + cleanPath + "' in the storage folder " + root
                + " cannot be read by this process. Check its permissions.", cause);
    }

    SorUnavailableException unavailable(IOException cause) {
        return new SorUnavailableException("The storage folder " + root + " cannot be read ("
                + cause.getClass().getSimpleName() + "). Check that the drive is connected and readable.",
                cause);
    }
}
