package dev.aside.ui.sql;

/**
 * The files a query result can be exported to: CSV and JSON records from the streamed rows (REST's
 * {@code sql} writers), Parquet from DuckDB's COPY.
 */
public enum SqlExportFormat {
    CSV(".csv"),
    JSON(".json"),
    PARQUET(".parquet");

    private final String extension;

    SqlExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
