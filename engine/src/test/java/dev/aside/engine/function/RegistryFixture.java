package dev.aside.engine.function;

import dev.aside.engine.Cache;
import java.nio.file.Path;
import java.time.Duration;

/** Registries for tests: no folder watcher (tests call rescan), a short time limit where asked. */
final class RegistryFixture {

    private RegistryFixture() {}

    static FunctionRegistry open(Cache cache, Path functions) {
        return FunctionRegistry.builder(cache).functionDir(functions).watchFolder(false).build();
    }

    static FunctionRegistry open(Cache cache, Path functions, Duration timeLimit) {
        return FunctionRegistry.builder(cache).functionDir(functions).watchFolder(false).timeLimit(timeLimit).build();
    }

    /**
     * A function class body: {@code public class <name> implements AsideFunction { main returns <expr> }},
     * where the expression can use {@code context} and its parameters as {@code kwargs}. The line numbers
     * stay those of the plain form: tests assert compile errors' lines.
     */
    static String source(String className, String returnExpression) {
        return """
                import dev.aside.engine.Cache;
                import dev.aside.engine.function.AsideFunction;
                import dev.aside.engine.function.FunctionContext; import dev.aside.engine.function.Kwargs;

                public class %s implements AsideFunction {
                    public Object main(FunctionContext context) throws Exception { Kwargs kwargs = context.params();
                        return %s;
                    }
                }
                """.formatted(className, returnExpression);
    }
}
