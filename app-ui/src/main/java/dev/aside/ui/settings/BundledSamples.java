package dev.aside.ui.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The repository's {@code samples/data} and {@code samples/functions}, packed into the jar (see the
 * module's pom), copied out where the engine can use them: the data as a drive folder, the
 * functions into the functions folder. Works from the jar and from the build's classes folder.
 */
public final class BundledSamples {

    static final String ROOT = "/dev/aside/ui/samples/";
    /** Written into the functions folder once the samples were installed, so deleting one keeps it deleted. */
    static final String INSTALLED_MARKER = ".aside-sample-functions";

    private BundledSamples() {}

    /** Copies the sample data into {@code target} (existing files are kept) and returns it. */
    public static Path extractData(Path target) {
        copy("data", target);
        return target;
    }

    /**
     * Puts the sample functions (vwap, top_movers, large_trades) into {@code functionsDir} the first
     * time only; a later start, or a folder where they were deleted, is left alone.
     *
     * @return true when they were installed now
     */
    public static boolean installFunctionsOnce(Path functionsDir) {
        if (Files.exists(functionsDir.resolve(INSTALLED_MARKER))) {
            return false;
        }
        copy("functions", functionsDir);
        try {
            Files.writeString(functionsDir.resolve(INSTALLED_MARKER),
                    "The sample functions were installed here once; delete this file to install them again.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static void copy(String folder, Path target) {
        try {
            URI uri = BundledSamples.class.getResource(ROOT + folder).toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    copyTree(jar.provider().getPath(uri), target);
                }
            } else {
                copyTree(Path.of(uri), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the bundled samples to " + target + ": " + e.getMessage(), e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("The bundled samples are missing from this build", e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IOException("the application jar is already open", e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else if (!Files.exists(to)) {
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                }
            }
        }
    }
}
