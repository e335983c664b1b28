package dev.aside.engine.sor;

import java.io.InputStream;

/**
 * Where the data really lives: an S3 bucket and prefix, or a folder on a local or network drive.
 *
 * <p>Paths are relative to the SOR's root and use forward slashes; implementations reject any path
 * that would escape the root ({@code ../}, absolute paths, encoded dots) with
 * {@link dev.aside.engine.InvalidPathException}. Implementations are thread-safe.
 *
 * <p>Failures are {@link dev.aside.engine.AsideException}s: {@code ObjectNotFoundException} for a
 * missing object, {@code SorUnavailableException} when the store cannot be reached,
 * {@code SorAccessDeniedException} when it refuses the credentials, {@code InvalidParameterException}
 * for a page size outside {@link PageSize}'s bounds. Paths are cleaned with {@link SorPath}.
 */
public interface SystemOfRecord extends AutoCloseable {

    /** The storage name used in requests: {@code s3} or {@code sd}. */
    String name();

    /** A short human description, e.g. {@code s3://bucket/prefix} or a folder path. */
    String describe();

    /**
     * Lists one page of objects whose path starts with {@code prefix}.
     *
     * @param prefix a path prefix; empty for the root. With {@code delimited}, a folder ending in
     *     {@code /} lists that folder's direct children and its sub-folders
     * @param delimited true to list one folder level (objects plus sub-folders), false for all below
     * @param token null for the first page, else {@link ObjectPage#nextToken()} of the previous page
     * @param pageSize the most objects to return (1 to 1000)
     */
    ObjectPage list(String prefix, boolean delimited, String token, int pageSize);

    /** Metadata of one object; throws {@code ObjectNotFoundException} when it does not exist. */
    ObjectMeta stat(String path);

    /** Opens one object for reading; the caller closes the stream. */
    InputStream open(String path);

    @Override
    default void close() {}
}
