package dev.aside.ui;

import java.io.PrintStream;

/** {@code --headless}: the REST server alone, with no JavaFX class loaded. */
final class HeadlessServer {

    private HeadlessServer() {}

    static int run(LaunchOptions options, PrintStream err) {
        err.println("The REST server is not part of this build yet: the rest module has not been merged.");
        return 4;
    }
}
