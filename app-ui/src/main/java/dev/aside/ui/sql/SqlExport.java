package dev.aside.ui.sql;

import dev.aside.engine.Cache;
import dev.aside.engine.export.ResultWriter;
import dev.aside.engine.sql.SqlCursor;
import dev.aside.engine.sql.SqlEngine;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes a query's whole result with the writers REST uses for {@code sql}, so the file holds what
 * {@code format=csv|json|parquet} would answer and no more than one batch of rows is held at a time.
 */
final class SqlExport {

    private SqlExport() {}

    static Path write(SqlEngine sql, Cache cache, String query, SqlExportFormat format, Path file) {
        try {
            if (format == SqlExportFormat.PARQUET) {
                Files.move(sql.parquet(cache, query, Optional.empty()), file, StandardCopyOption.REPLACE_EXISTING);
                return file;
            }
            try (SqlCursor rows = sql.open(cache, query, Optional.empty());
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                if (format == SqlExportFormat.JSON) {
                    ResultWriter.json(rows, out);
                } else {
                    ResultWriter.csv(rows, out);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
