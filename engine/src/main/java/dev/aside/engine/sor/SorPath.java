package dev.aside.engine.sor;

/** Placeholder until the sor branch lands path safety. */
public final class SorPath {
    private SorPath() {}

    public static String normalize(String path) {
        if (path == null || path.isBlank() || path.contains("..")) {
            throw new dev.aside.engine.InvalidPathException("bad path");
        }
        return path;
    }
}
