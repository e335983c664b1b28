package dev.aside.engine.function;

/** Where a registered function came from. */
public enum FunctionOrigin {
    /** Shipped with the engine. */
    BUILTIN,
    /** A {@code .jar} in the functions folder, found with {@link java.util.ServiceLoader}. */
    PLUGIN,
    /** A {@code .java} file in the functions folder, compiled at load or deployed live. */
    USER
}
