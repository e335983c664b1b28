package dev.aside.ui;

import dev.aside.engine.EngineSettings;
import dev.aside.rest.ServerMain;
import dev.aside.ui.settings.StartupSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code --headless}: the REST server alone, through the rest module's own entry point, with no
 * JavaFX class loaded. Like the console, it serves the bundled samples when no folder is configured.
 */
final class HeadlessServer {

    private HeadlessServer() {}

    static void run(LaunchOptions options, Map<String, String> env) {
        ServerMain.main(serverArgs(options, env).toArray(String[]::new));
    }

    static List<String> serverArgs(LaunchOptions options, Map<String, String> env) {
        List<String> args = new ArrayList<>(options.serverArgs());
        String configured = env.get(EngineSettings.SD_ROOT_VARIABLE);
        if (options.value("sd-root") == null && (configured == null || configured.isBlank())) {
            Path samples = StartupSettings.bundledSamples();
            if (samples != null) {
                args.add("--sd-root");
                args.add(samples.toString());
            }
        }
        return args;
    }
}
