package dev.aside.rest.seed;

import dev.aside.engine.FunctionCompileException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a {@code function_create} body written in Python, the seed's language, so a migrating
 * script is told that functions are Java and shown the Java form, instead of a page of javac errors.
 * Only unmistakable Python lines count: {@code def f(...):}, and {@code import x} / {@code from x import y}
 * without Java's closing semicolon.
 */
final class PythonSource {

    private static final Pattern PYTHON_LINE = Pattern.compile(
            "(?m)^\\s*(def\\s+\\w+\\s*\\(.*\\)\\s*(->.*)?:|import\\s+[\\w.]+(\\s+as\\s+\\w+)?|from\\s+[\\w.]+\\s+import\\s+.+)\\s*(#.*)?$");

    private PythonSource() {}

    static boolean looksLikePython(String source) {
        return PYTHON_LINE.matcher(source).find();
    }

    /** The 422 for a Python body: what functions are, and the smallest Java function, named after this one. */
    static FunctionCompileException refusal(String name) {
        return new FunctionCompileException("Function '" + name + "' is Python; Aside functions are Java. "
                + "The seed's def main(cache, **kwargs) is, in Java (send it as the body):\n" + javaForm(name));
    }

    static String javaForm(String name) {
        return "import dev.aside.engine.function.*;\n\npublic class " + className(name)
                + " implements AsideFunction {\n    public Object main(FunctionContext context) {\n"
                + "        return context.params().string(\"message\", \"hello\");\n    }\n}\n";
    }

    /** {@code top_movers} becomes {@code TopMovers}. */
    private static String className(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.isEmpty() || !Character.isJavaIdentifierStart(out.charAt(0)) ? "MyFunction" : out.toString();
    }
}
