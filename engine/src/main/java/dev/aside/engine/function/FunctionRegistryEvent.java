package dev.aside.engine.function;

import java.nio.file.Path;

/** A change to the set of callable functions, for a console's list and for logs. */
public sealed interface FunctionRegistryEvent {

    /** A function became callable. */
    record Added(FunctionInfo function) implements FunctionRegistryEvent {}

    /** A function's code was replaced by a new version; calls from now on use it. */
    record Replaced(FunctionInfo function) implements FunctionRegistryEvent {}

    /** A function is no longer callable (its file was deleted). */
    record Removed(String name, Path sourceFile) implements FunctionRegistryEvent {}

    /**
     * A file in the functions folder could not be loaded; {@code message} is person-safe. A
     * previously loaded version of it stays callable until the file is fixed or deleted.
     */
    record LoadFailed(Path sourceFile, String message) implements FunctionRegistryEvent {}
}
