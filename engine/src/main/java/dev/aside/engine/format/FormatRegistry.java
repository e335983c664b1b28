package dev.aside.engine.format;

import dev.aside.engine.UnsupportedFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Chooses a {@link ValueFormat} by a path's extension. Immutable; {@link #with} makes a new one. */
public final class FormatRegistry {

    private final List<ValueFormat> formats;

    private FormatRegistry(List<ValueFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Parquet, CSV, JSON and bytes. */
    public static FormatRegistry standard() {
        return new FormatRegistry(List.of(new ParquetFormat(), new CsvFormat(), new JsonFormat(), new BytesFormat()));
    }

    /** A registry that also reads {@code format}; it wins over earlier formats for its extensions. */
    public FormatRegistry with(ValueFormat format) {
        List<ValueFormat> next = new ArrayList<>(formats.size() + 1);
        next.add(format);
        next.addAll(formats);
        return new FormatRegistry(next);
    }

    /**
     * The format for {@code path}. This is the one rule for which files Aside reads: the cache asks it
     * before any SOR request, so an unsupported type fails the same way whether or not the file exists.
     *
     * @throws UnsupportedFormatException naming the path's extension and the supported ones
     */
    public ValueFormat forPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (ValueFormat format : formats) {
            for (String extension : format.extensions()) {
                if (lower.endsWith(extension)) {
                    return format;
                }
            }
        }
        String extension = extensionOf(path);
        throw new UnsupportedFormatException((extension.isEmpty() ? "A file without an extension"
                : "The file type '" + extension + "'") + " is not supported ('" + path + "'). Supported types: "
                + String.join(", ", supportedExtensions()) + ".");
    }

    /** The last extension of the path's file name, with its dot; empty when it has none. */
    private static String extensionOf(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(dot).toLowerCase(Locale.ROOT) : "";
    }

    public List<String> supportedExtensions() {
        return formats.stream().flatMap(f -> f.extensions().stream()).distinct().sorted().toList();
    }
}
