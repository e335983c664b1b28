package dev.aside.engine.function;

import java.nio.file.Path;

/** A function ready to call, with what the registry says about it. */
record RegisteredFunction(FunctionInfo info, AsideFunction function) {

    static RegisteredFunction of(String name, FunctionOrigin origin, AsideFunction function, Path source, String version) {
        FunctionInfo info = new FunctionInfo(name, origin, function.description(), function.parameters(), source,
                version, function.getClass().isAnnotationPresent(CachedResult.class), function.effect());
        return new RegisteredFunction(info, function);
    }

    String name() {
        return info.name();
    }

    /** Keeps a plugin function's classes loadable until the use is closed; nothing to keep for others. */
    PluginClassLoader.Use useClasses() {
        return function.getClass().getClassLoader() instanceof PluginClassLoader plugin ? plugin.use(name()) : () -> { };
    }
}
