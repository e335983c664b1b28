package dev.aside.ui.sources;

import dev.aside.engine.sor.ObjectMeta;
import java.time.Instant;

/**
 * One row of the Sources screen: a sub-folder (a common prefix) or an object.
 *
 * @param path the full SOR path; folders end in {@code /}
 * @param name the last segment, as shown
 * @param size bytes, or -1 for a folder
 * @param lastModified null for a folder
 * @param etag null for a folder or when the SOR has none
 */
public record SourceEntry(String path, String name, boolean folder, long size, Instant lastModified, String etag) {

    static SourceEntry folder(String prefix) {
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return new SourceEntry(prefix, trimmed.substring(trimmed.lastIndexOf('/') + 1) + "/", true, -1, null, null);
    }

    static SourceEntry object(ObjectMeta meta) {
        String path = meta.path();
        return new SourceEntry(path, path.substring(path.lastIndexOf('/') + 1), false, meta.size(),
                meta.lastModified(), meta.etag());
    }
}
