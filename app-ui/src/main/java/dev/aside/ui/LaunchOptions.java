package dev.aside.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The command line: {@code --headless} (or {@code serve} as the first argument) and the REST
 * server's options, each {@code --name value} or {@code --name=value}. Parsed without touching
 * JavaFX, so a bad option or a missing display is reported before any window machinery loads.
 * Headless, unknown options are left to the server's own parser (its {@code --help},
 * {@code --cors-origin}, {@code --threads}).
 *
 * @param headless run the REST server only, with no window
 * @param values the options given, by name without dashes ({@code port}, {@code sd-root}, ...)
 * @param raw the arguments as given, passed on to the server's own entry point
 */
public record LaunchOptions(boolean headless, Map<String, String> values, List<String> raw) {

    /** {@code aside serve ...}: the same as {@code --headless}, for an installed launcher on a server. */
    static final String SERVE = "serve";

    /** Options that take a value; the same names as the REST server's command line. */
    static final List<String> VALUED = List.of("port", "bind", "data-dir", "sd-root", "functions-dir",
            "memory-limit", "token", "token-file");

    public static LaunchOptions parse(String... args) {
        boolean headless = List.of(args).contains("--headless") || (args.length > 0 && args[0].equals(SERVE));
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--headless") || (i == 0 && arg.equals(SERVE))) {
                continue;
            }
            if (headless && !VALUED.contains(optionName(arg))) {
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'. " + usage());
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!VALUED.contains(name)) {
                throw new IllegalArgumentException("Unknown option '--" + name + "'. " + usage());
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Option '--" + name + "' needs a value. " + usage());
                }
                value = args[++i];
            }
            values.put(name, value);
        }
        return new LaunchOptions(headless, Map.copyOf(values), List.of(args));
    }

    private static String optionName(String arg) {
        String name = arg.startsWith("--") ? arg.substring(2) : arg;
        int eq = name.indexOf('=');
        return eq < 0 ? name : name.substring(0, eq);
    }

    public String value(String name) {
        return values.get(name);
    }

    /** The arguments without {@code --headless} or {@code serve}, for the REST server's own parser. */
    public List<String> serverArgs() {
        List<String> rest = new ArrayList<>(raw);
        if (!rest.isEmpty() && rest.get(0).equals(SERVE)) {
            rest.remove(0);
        }
        rest.remove("--headless");
        return rest;
    }

    static String usage() {
        return "Usage: aside [serve | --headless] [--port N] [--bind ADDRESS] [--data-dir DIR] [--sd-root DIR]"
                + " [--functions-dir DIR] [--memory-limit SIZE] [--token-file FILE]";
    }
}
