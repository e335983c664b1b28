package dev.aside.engine.function;

import dev.aside.engine.FunctionCompileException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads the functions a {@code .jar} plugin provides through
 * {@code META-INF/services/dev.aside.engine.function.AsideFunction}. Each jar gets its own
 * {@link PluginClassLoader} (retired when the jar is replaced or removed); providers the engine's own
 * class path offers are not counted as the jar's.
 */
final class PluginJarLoader {

    /** The jar's functions and the loader that holds them. */
    record Plugin(List<RegisteredFunction> functions, PluginClassLoader loader) {}

    Plugin load(Path jar, String version) {
        PluginJarScan.requireAllowed(jar);
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader(jar);
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
            loader.retire();
            throw new FunctionCompileException("Plugin " + jar.getFileName() + " could not be loaded: "
                    + e.getMessage(), e);
        }
    }
}
