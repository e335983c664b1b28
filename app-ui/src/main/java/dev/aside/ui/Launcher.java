package dev.aside.ui;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;

/**
 * The jar's entry point. It is not an {@link Application} on purpose: JavaFX on the class path
 * refuses to start a main class that extends Application, and this class must decide, before any
 * JavaFX class loads, whether a window can open at all.
 */
public final class Launcher {

    static final String NO_DISPLAY = "No display found: run with --headless to start the REST server only, "
            + "or start from a desktop session.";

    private Launcher() {}

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the console or the headless server; returns the process exit status. */
    static int run(String[] args, Map<String, String> env, PrintStream err) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (options.headless()) {
            HeadlessServer.run(options, env);
            return 0;
        }
        if (!displayAvailable(env)) {
            err.println(NO_DISPLAY);
            return 3;
        }
        Application.launch(AsideApplication.class, args);
        return 0;
    }

    /** On Linux a window needs X11 or Wayland, or the Monocle platform (headless tests). */
    static boolean displayAvailable(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return true;
        }
        return isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"))
                || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
