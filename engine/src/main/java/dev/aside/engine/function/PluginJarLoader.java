package dev.aside.engine.function;

import dev.aside.engine.FunctionCompileException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads the functions a {@code .jar} plugin provides through
 * {@code META-INF/services/dev.aside.engine.function.AsideFunction}. Each jar gets its own class
 * loader (closed when the jar is replaced or removed); providers the engine's own class path offers
 * are not counted as the jar's.
 */
final class PluginJarLoader {

    /** The jar's functions and the loader that holds them. */
    record Plugin(List<RegisteredFunction> functions, URLClassLoader loader) {}

    Plugin load(Path jar, String version) {
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("plugin-" + jar.getFileName(), new URL[] {jar.toUri().toURL()},
                    AsideFunction.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new FunctionCompileException("Plugin " + jar.getFileName() + " has an unusable path.", e);
        }
        try {
            List<RegisteredFunction> functions = ServiceLoader.load(AsideFunction.class, loader).stream()
                    .filter(provider -> provider.type().getClassLoader() == loader)
                    .map(provider -> {
                        AsideFunction function = provider.get();
                        return RegisteredFunction.of(FunctionNames.requireValid(function.name()), FunctionOrigin.PLUGIN,
                                function, jar, version);
                    })
                    .toList();
            return new Plugin(functions, loader);
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            closeQuietly(loader);
            throw new FunctionCompileException("Plugin " + jar.getFileName() + " could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // the jar stays open until collected; nothing a caller could do about it
        }
    }
}
