package dev.aside.ui.sql;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.ui.common.PrivateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the SQL history in {@code sql-history.json} beside the console's settings: a JSON array of
 * queries, newest first. Written as a {@link PrivateFile} (owner-only, replaced atomically), since
 * queries name a desk's data. Called on worker threads only.
 */
final class SqlHistoryFile {

    static final String NAME = "sql-history.json";
    private static final Logger LOG = LoggerFactory.getLogger(SqlHistoryFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> QUERIES = new TypeReference<>() {};

    private final Path file;

    /** @param configDir the folder holding the console's settings */
    SqlHistoryFile(Path configDir) {
        this.file = configDir.resolve(NAME);
    }

    /** The saved queries, newest first; none when there is no file or it cannot be read. */
    List<String> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), QUERIES);
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable SQL history {}: {}", file, e.getMessage());
            return List.of();
        }
    }

    void save(List<String> queries) {
        try {
            PrivateFile.write(file, JSON.writeValueAsBytes(queries));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the SQL history to " + file + ": " + e.getMessage(), e);
        }
    }
}
