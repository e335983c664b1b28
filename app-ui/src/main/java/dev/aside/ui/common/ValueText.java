package dev.aside.ui.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/** Cached values as text for a text area, cut to what the window can lay out without freezing. */
public final class ValueText {

    /** Raw JSON beyond this is cut: a text area holding hundreds of megabytes would freeze the window. */
    public static final int JSON_LIMIT = 2_000_000;
    /** Bytes views show the start of the value; 64 KiB is a thousand lines of hex. */
    public static final int BYTES_SHOWN = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ValueText() {}

    /** Pretty-printed, cut at {@link #JSON_LIMIT} characters with a note saying so. */
    public static String json(JsonNode json) throws JsonProcessingException {
        String raw = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        return raw.length() <= JSON_LIMIT ? raw
                : raw.substring(0, JSON_LIMIT) + "\n… (cut at " + DisplayFormat.count(JSON_LIMIT) + " characters)";
    }

    /** A hex dump of the first {@link #BYTES_SHOWN} bytes. */
    public static String hex(byte[] bytes) {
        return DisplayFormat.hexDump(bytes, Math.min(bytes.length, BYTES_SHOWN));
    }

    /** The first {@link #BYTES_SHOWN} bytes read as UTF-8. */
    public static String text(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, BYTES_SHOWN), StandardCharsets.UTF_8);
    }
}
