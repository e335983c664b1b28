package dev.aside.ui.cache;

import dev.aside.engine.ItemKind;
import java.util.List;

/** The file types an item can be exported to. */
public enum ExportFormat {
    CSV(".csv"),
    PARQUET(".parquet"),
    JSON(".json"),
    RAW(".bin");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** What an item of {@code kind} can be written as: tables as CSV, Parquet or JSON; JSON as JSON. */
    public static List<ExportFormat> forKind(ItemKind kind) {
        return switch (kind) {
            case TABLE -> List.of(CSV, PARQUET, JSON);
            case DOCUMENT, COLLECTION -> List.of(JSON);
            case BYTES -> List.of(RAW);
        };
    }
}
