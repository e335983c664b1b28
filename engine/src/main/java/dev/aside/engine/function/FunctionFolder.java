package dev.aside.engine.function;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The functions folder ({@code LOCAL_FUNCTION_DIR}): {@code <name>.java} sources and {@code .jar}
 * plugins directly inside it. Sub-folders and other files are ignored.
 */
final class FunctionFolder {

    static final String SOURCE_SUFFIX = ".java";
    static final String PLUGIN_SUFFIX = ".jar";

    private final Path dir;

    FunctionFolder(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path sourceFile(String function) {
        return dir.resolve(function + SOURCE_SUFFIX);
    }

    /** Replaces {@code file} whole: a rescan running meanwhile never reads half a source. */
    static void writeAtomically(Path file, String text) {
        try {
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save " + file.getFileName() + " in the functions folder", e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + file.getFileName() + " from the functions folder", e);
        }
    }

    /** The function files now present with a hash of their content, in name order. */
    Map<Path, String> snapshot() {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                if (isFunctionFile(file)) {
                    try {
                        files.put(file, CodeVersion.of(Files.readAllBytes(file)));
                    } catch (IOException e) {
                        // deleted or being written right now: the next scan sees it settled
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the functions folder " + dir, e);
        }
        return files;
    }

    static boolean isSource(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SOURCE_SUFFIX);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static boolean isFunctionFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(SOURCE_SUFFIX) || name.endsWith(PLUGIN_SUFFIX));
    }
}
