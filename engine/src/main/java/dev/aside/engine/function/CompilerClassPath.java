package dev.aside.engine.function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.Cache;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The class path user functions are compiled against: the engine API and what it exposes
 * (Tablesaw, Jackson), plus everything else the running application can see.
 *
 * <p>Three sources, merged in order: {@code java.class.path} (plain launches and shaded jars;
 * under Maven surefire it is a manifest-only jar whose {@code Class-Path} javac follows), the
 * URLs of any {@link URLClassLoader} between the engine's loader and the system loader (app servers,
 * plugin hosts), and the code source of the API classes themselves, so the essentials are present
 * even when neither of the others names them.
 */
final class CompilerClassPath {

    private static final Class<?>[] API_CLASSES = {
        Cache.class, AsideFunction.class, Table.class, JsonNode.class, JsonParser.class
    };

    private CompilerClassPath() {}

    static String discover() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        for (ClassLoader loader = AsideFunction.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    addIfFile(entries, url);
                }
            }
        }
        for (Class<?> api : API_CLASSES) {
            CodeSource source = api.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                addIfFile(entries, source.getLocation());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void addIfFile(Set<String> entries, URL url) {
        if (!"file".equals(url.getProtocol())) {
            return;
        }
        try {
            Path path = Path.of(url.toURI());
            if (Files.exists(path)) {
                entries.add(path.toString());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a local file path: nothing javac could read
        }
    }
}
