package dev.aside.engine.sor;

import dev.aside.engine.InvalidPathException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a caller's path into a clean relative path that cannot leave a root, or refuses it.
 *
 * <p>Every system of record, and the disk tier for its keys, goes through here before touching a
 * file system or building an object key, so the rules live in one place. A clean path is relative,
 * uses single forward slashes, has no {@code .} or {@code ..} segments and no leading or trailing
 * slash. Anything that some layer below might decode into a way out is refused rather than
 * repaired: backslashes (Windows separators), drive letters and UNC names, percent escapes (single
 * or double encoded), control characters, and segments that Unicode compatibility folding or
 * Windows' trailing-dot trimming would turn into {@code ..}.
 *
 * <p>Thread-safe; holds no state.
 */
public final class SorPath {

    /** S3's limit on a key; a longer path cannot name an object in any of our stores. */
    static final int MAX_UTF8_BYTES = 1024;

    static final String ALLOWED = "Use a relative path with forward slashes, e.g. data/sales.parquet:"
            + " no leading '/', drive letter or '..', no backslashes, %-escapes or control characters.";

    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    /** Only dots and spaces: Windows trims trailing dots and spaces, so ". ." or "..." may mean "..". */
    private static final Pattern DOTS_AND_SPACES = Pattern.compile("[. ]+");

    private SorPath() {}

    /**
     * Returns the clean form of {@code path}: {@code ./a//b/} becomes {@code a/b}.
     *
     * @throws InvalidPathException when the path is null, empty (also after cleaning) or unsafe
     */
    public static String normalize(String path) {
        String clean = clean(path);
        if (clean.isEmpty()) {
            throw invalid(path, "it is empty");
        }
        return clean;
    }

    /**
     * Returns the clean form of a listing prefix. Unlike a path, a prefix may be empty (the root)
     * and keeps its trailing slash, because {@code data/} (the folder) and {@code data} (anything
     * starting with "data") list different things.
     *
     * @throws InvalidPathException when the prefix is unsafe
     */
    public static String normalizePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        String clean = clean(prefix);
        boolean folder = prefix.endsWith("/") || prefix.endsWith("/.");
        return clean.isEmpty() || !folder ? clean : clean + "/";
    }

    private static String clean(String path) {
        if (path == null || path.isEmpty()) {
            throw invalid(path, "it is empty");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c)) {
                throw invalid(path, "it contains a control character");
            }
        }
        if (path.indexOf('\\') >= 0) {
            throw invalid(path, "it contains a backslash");
        }
        if (PERCENT_ESCAPE.matcher(path).find()) {
            throw invalid(path, "it contains a percent escape such as %2e or %2f; pass the path decoded");
        }
        if (path.startsWith("/")) {
            throw invalid(path, "it is absolute");
        }
        if (DRIVE_LETTER.matcher(path).matches()) {
            throw invalid(path, "it starts with a drive letter");
        }
        if (path.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            throw invalid(path, "it is longer than " + MAX_UTF8_BYTES + " bytes");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (escapes(segment)) {
                throw invalid(path, "it contains a '..' segment");
            }
            segments.add(segment);
        }
        return String.join("/", segments);
    }

    /** True for "..", and for segments another layer could read as ".." or as a separator. */
    private static boolean escapes(String segment) {
        if (DOTS_AND_SPACES.matcher(segment).matches()) {
            return true;
        }
        // Fullwidth dots and slashes (U+FF0E, U+FF0F) fold to '.' and '/' under NFKC.
        String folded = Normalizer.normalize(segment, Normalizer.Form.NFKC);
        if (folded.equals(segment)) {
            return false;
        }
        if (folded.indexOf('/') >= 0 || folded.indexOf('\\') >= 0) {
            return true;
        }
        return DOTS_AND_SPACES.matcher(folded).matches();
    }

    private static InvalidPathException invalid(String path, String reason) {
        return new InvalidPathException("Invalid path " + quote(path) + ": " + reason + ". " + ALLOWED);
    }

    /** Quotes the path for a message, with control characters made visible and length bounded. */
    static String quote(String path) {
        if (path == null) {
            return "(none)";
        }
        StringBuilder quoted = new StringBuilder("'");
        int shown = Math.min(path.length(), 200);
        for (int i = 0; i < shown; i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (shown < path.length()) {
            quoted.append("...");
        }
        return quoted.append('\'').toString();
    }
}
