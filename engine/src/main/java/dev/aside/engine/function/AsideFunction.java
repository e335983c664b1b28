package dev.aside.engine.function;

import java.util.List;
import java.util.Locale;

/**
 * A function callable by name, the Java form of the seed's {@code def main(cache, **kwargs)}:
 *
 * <pre>{@code
 * public class Hello implements AsideFunction {
 *     public Object main(FunctionContext context) {
 *         return "hello " + context.params().string("name", "world");
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #main} may return a Tablesaw {@code Table}, a Jackson {@code JsonNode}, a
 * {@link dev.aside.engine.value.Value}, a {@code byte[]}, or anything Jackson turns into JSON
 * (collections, maps, records, scalars, strings). It reads items and writes results under its own
 * prefix through its {@link FunctionContext}, which is all it sees of the server. Annotate the class
 * with {@link CachedResult} to keep its results in the cache.
 *
 * <p>One instance serves every call, possibly on several threads at once, so keep no per-call state
 * in fields. A call runs under a time limit and is interrupted when it passes it or is cancelled;
 * long loops should check {@link FunctionContext#stopRequested()}. A user function that ignores the
 * interrupt loses its thread to the server's count of abandoned threads, and enough of those make
 * the server refuse user functions until it restarts. Deployed code may not call
 * {@code System.exit}, {@code Runtime.halt}, {@code Runtime.exec} or {@code ProcessBuilder}: such
 * code is refused at deploy time.
 */
public interface AsideFunction {

    /** Runs one call. Anything thrown reaches the caller as a person-readable error. */
    Object main(FunctionContext context) throws Exception;

    /**
     * The name the function is called by. For a {@code .java} file in the functions folder the file
     * name wins (as in the seed); plugins and built-ins default to the class name in snake case.
     */
    default String name() {
        return snakeCase(getClass().getSimpleName());
    }

    /** One line for a list or a form's title. */
    default String description() {
        return "";
    }

    /**
     * What the function does besides answering; access rules follow it. User functions run the
     * deployer's code, so they always need the strongest access whatever they declare. Default:
     * {@link FunctionEffect#WRITES_CACHE}, since a context can write.
     */
    default FunctionEffect effect() {
        return FunctionEffect.WRITES_CACHE;
    }

    /** The declared parameters: the registry validates and converts raw values against these. */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    private static String snakeCase(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
