package dev.aside.engine.function;

import java.nio.file.Path;
import java.util.List;

/**
 * What the registry knows about one function, for lists, forms and validation.
 *
 * @param name the name it is called by
 * @param origin built-in, plugin or user source
 * @param description one line, possibly empty
 * @param parameters the declared parameters, in declaration order
 * @param sourceFile the {@code .java} or {@code .jar} it was loaded from, or null for a built-in
 * @param version a hash of its code (source text, jar or class bytes); changes when the code does
 * @param cachesResult true when its results are kept in the cache ({@link CachedResult})
 * @param effect what it does besides answering, as it declares ({@link AsideFunction#effect()})
 */
public record FunctionInfo(
        String name,
        FunctionOrigin origin,
        String description,
        List<ParameterSpec> parameters,
        Path sourceFile,
        String version,
        boolean cachesResult,
        FunctionEffect effect) {

    public FunctionInfo {
        parameters = List.copyOf(parameters);
    }
}
