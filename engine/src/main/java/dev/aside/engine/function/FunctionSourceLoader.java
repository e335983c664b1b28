package dev.aside.engine.function;

import dev.aside.engine.FunctionCompileException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a user function's Java source into a live instance: compile, define in a fresh
 * {@link FunctionClassLoader}, find the one public top-level class implementing
 * {@link AsideFunction}, create it with its no-argument constructor.
 */
final class FunctionSourceLoader {

    private final JavaSourceCompiler compiler = new JavaSourceCompiler();

    RegisteredFunction load(String name, String source, Path file) {
        Map<String, byte[]> classes = compiler.compile(name, source);
        FunctionClassLoader loader = new FunctionClassLoader(name, classes);
        Class<?> type = functionClass(name, loader);
        try {
            AsideFunction function = (AsideFunction) type.getDeclaredConstructor().newInstance();
            return RegisteredFunction.of(name, FunctionOrigin.USER, function, file, CodeVersion.of(source));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new FunctionCompileException("Function '" + name + "' compiled, but " + type.getSimpleName()
                    + " could not be created: " + cause + ". It needs a public constructor without parameters.", e);
        }
    }

    private static Class<?> functionClass(String name, FunctionClassLoader loader) {
        List<Class<?>> candidates = new ArrayList<>();
        for (String className : loader.classNames()) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new FunctionCompileException("Function '" + name + "' compiled, but class " + className
                        + " could not be loaded: " + e.getMessage(), e);
            }
            int modifiers = type.getModifiers();
            if (AsideFunction.class.isAssignableFrom(type) && type.getEnclosingClass() == null
                    && Modifier.isPublic(modifiers) && !Modifier.isAbstract(modifiers) && !type.isInterface()) {
                candidates.add(type);
            }
        }
        if (candidates.size() != 1) {
            throw new FunctionCompileException("Function '" + name + "' must declare exactly one public class that "
                    + "implements AsideFunction; found " + candidates.size() + ".");
        }
        return candidates.get(0);
    }
}
