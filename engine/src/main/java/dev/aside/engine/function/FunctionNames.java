package dev.aside.engine.function;

import dev.aside.engine.FunctionNotFoundException;
import dev.aside.engine.InvalidParameterException;
import java.util.regex.Pattern;

/**
 * The rule for function names: a letter or underscore, then letters, digits or underscores, at most
 * 64 in all. Names end up in file names, URLs and cache keys, so nothing else is allowed.
 */
final class FunctionNames {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private FunctionNames() {}

    static boolean isValid(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /** For a name being defined (deploy, plugins): a bad one is a bad parameter. */
    static String requireValid(String name) {
        if (!isValid(name)) {
            throw new InvalidParameterException(problem(name));
        }
        return name;
    }

    /** For a name being called: no function can have a bad one, so it is not found. */
    static String requireCallable(String name) {
        if (!isValid(name)) {
            throw new FunctionNotFoundException(problem(name));
        }
        return name;
    }

    private static String problem(String name) {
        return "'" + name + "' is not a function name: use letters, digits and underscores, starting with a "
                + "letter or underscore (at most 64 characters).";
    }
}
