package dev.aside.engine.sor;

import java.time.Instant;

/**
 * What a system of record says about one object, without its content.
 *
 * @param path the object's path relative to the SOR root, with forward slashes
 * @param size its length in bytes
 * @param lastModified when it last changed
 * @param etag an opaque version tag (S3's ETag; a size+mtime tag for a directory), or null
 */
public record ObjectMeta(String path, long size, Instant lastModified, String etag) {

    /** True when {@code other} describes a different version of the same object. */
    public boolean differsFrom(ObjectMeta other) {
        if (etag != null && other.etag != null) {
            return !etag.equals(other.etag);
        }
        return size != other.size || !lastModified.equals(other.lastModified);
    }
}
