package dev.aside.engine.function;

import java.util.Map;

/**
 * Holds one user function's compiled classes. Each function (and each version of it) gets its own
 * loader, so redeploying replaces the classes cleanly and the old ones are collected once no call
 * uses them. The parent is the engine's loader: functions see the engine API and its libraries.
 */
final class FunctionClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    FunctionClassLoader(String function, Map<String, byte[]> classes) {
        super("function-" + function, AsideFunction.class.getClassLoader());
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    Iterable<String> classNames() {
        return classes.keySet();
    }
}
