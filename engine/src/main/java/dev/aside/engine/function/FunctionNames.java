package dev.aside.engine.function;

import dev.aside.engine.FunctionNotFoundException;
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

    static String requireValid(String name) {
        if (!isValid(name)) {
            throw new FunctionNotFoundException("'" + name + "' is not a function name: use letters, digits and "
                    + "underscores, starting with a letter or underscore (at most 64 characters).");
        }
        return name;
    }
}
