package dev.aside.ui.sql;

/** The files a query result can be exported to: CSV from the streamed rows, Parquet from DuckDB's COPY. */
public enum SqlExportFormat {
    CSV(".csv"),
    PARQUET(".parquet");

    private final String extension;

    SqlExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
