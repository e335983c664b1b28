package dev.aside.engine.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.aside.engine.InvalidParameterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A data spec: the items to preload into the cache. JSON, or YAML when the file name ends in
 * {@code .yaml}/{@code .yml}:
 *
 * <pre>{@code
 * {
 *   "storage": "sd",            // default SOR for the items (optional)
 *   "prefix": "data/",          // put before every path (optional)
 *   "refresh": "PT15M",         // default re-validation interval, ISO-8601 (optional)
 *   "items": [
 *     "trades.parquet",
 *     "reference/*.csv",
 *     {"path": "archive/**}{@code /*.parquet", "storage": "s3", "refresh": "PT1H"}
 *   ]
 * }
 * }</pre>
 *
 * A malformed file is an {@link InvalidParameterException} naming what is wrong.
 */
public record SpecFile(List<SpecEntry> entries) {

    public SpecFile {
        entries = List.copyOf(entries);
    }

    public static SpecFile read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return parse(Files.readString(file), name.endsWith(".yaml") || name.endsWith(".yml"));
        } catch (IOException e) {
            throw new InvalidParameterException("The spec file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static SpecFile parse(String text, boolean yaml) {
        JsonNode root;
        try {
            root = (yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper()).readTree(text);
        } catch (IOException e) {
            throw new InvalidParameterException("The spec file is not valid " + (yaml ? "YAML" : "JSON") + ": "
                    + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("items").isArray()) {
            throw new InvalidParameterException("A spec file is an object with an \"items\" list.");
        }
        String storage = text(root, "storage");
        String prefix = root.path("prefix").asText("");
        Duration refresh = duration(text(root, "refresh"));
        List<SpecEntry> entries = new ArrayList<>();
        for (JsonNode item : root.get("items")) {
            if (item.isTextual()) {
                entries.add(new SpecEntry(prefix + item.asText(), storage, refresh));
            } else if (item.isObject() && item.hasNonNull("path")) {
                String itemStorage = text(item, "storage");
                String itemRefresh = text(item, "refresh");
                entries.add(new SpecEntry(prefix + item.get("path").asText(), itemStorage != null ? itemStorage : storage,
                        itemRefresh != null ? duration(itemRefresh) : refresh));
            } else {
                throw new InvalidParameterException("Each item of a spec file is a path or an object with a \"path\"; "
                        + "found " + item + ".");
            }
        }
        return new SpecFile(entries);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Duration duration(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("refresh '" + text + "' is not an ISO-8601 duration such as PT15M.", e);
        }
    }
}
