package dev.aside.engine.spec;

import dev.aside.engine.Cache;
import dev.aside.engine.sor.ObjectMeta;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.sor.SystemOfRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a spec entry into the objects it names: a plain path is one object (its size from
 * {@code stat}); a glob lists the SOR under its literal leading folder, page by page, and keeps the
 * paths that match.
 */
final class GlobExpander {

    /** The largest page the SOR contract allows: fewest round trips for a big folder. */
    private static final int PAGE_SIZE = 1000;

    private GlobExpander() {}

    static List<ObjectMeta> expand(Cache cache, SpecEntry entry) {
        SystemOfRecord sor = cache.systemOfRecord(entry.storage());
        if (!entry.isGlob()) {
            return List.of(sor.stat(entry.path()));
        }
        Pattern pattern = toRegex(entry.path());
        String prefix = literalFolder(entry.path());
        List<ObjectMeta> matches = new ArrayList<>();
        String token = null;
        do {
            ObjectPage page = sor.list(prefix, false, token, PAGE_SIZE);
            for (ObjectMeta object : page.objects()) {
                if (pattern.matcher(object.path()).matches()) {
                    matches.add(object);
                }
            }
            token = page.nextToken();
        } while (token != null);
        return matches;
    }

    /** The part of a glob before its first wildcard, cut back to a whole folder. */
    static String literalFolder(String glob) {
        int wildcard = glob.length();
        for (char c : new char[] {'*', '?'}) {
            int at = glob.indexOf(c);
            if (at >= 0) {
                wildcard = Math.min(wildcard, at);
            }
        }
        return glob.substring(0, glob.lastIndexOf('/', wildcard - 1) + 1);
    }

    static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean folderPrefix = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(folderPrefix ? "(?:.*/)?" : ".*");
                i += folderPrefix ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
