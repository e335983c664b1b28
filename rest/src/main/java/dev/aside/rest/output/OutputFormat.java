package dev.aside.rest.output;

import dev.aside.engine.InvalidParameterException;
import java.util.Locale;

/** The {@code format} parameter: a bare body instead of the seed's envelope. */
public enum OutputFormat {
    JSON("application/json"),
    CSV("text/csv; charset=utf-8"),
    PARQUET("application/vnd.apache.parquet"),
    TEXT("text/plain; charset=utf-8");

    private final String contentType;

    OutputFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null when {@code raw} is null (the envelope); a 400 for an unknown name. */
    public static OutputFormat parse(String raw) {
        if (raw == null) {
            return null;
        }
        for (OutputFormat format : values()) {
            if (format.parameterValue().equalsIgnoreCase(raw.trim())) {
                return format;
            }
        }
        throw new InvalidParameterException("Parameter 'format' must be json, csv, parquet or text, was '" + raw + "'.");
    }
}
