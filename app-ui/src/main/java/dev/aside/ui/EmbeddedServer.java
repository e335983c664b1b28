package dev.aside.ui;

import dev.aside.engine.EngineSettings;
import dev.aside.rest.ServerConfig;
import dev.aside.rest.auth.TokenStore;
import dev.aside.ui.settings.AppSettings;
import java.nio.file.Path;

/**
 * How the console's embedded REST server listens: the command line's {@code --port}, {@code --bind}
 * and {@code --token}, else the saved port, else the seed's loopback:5000 with no token. Binding
 * beyond this machine without a token uses the stored one, as the headless server does.
 */
final class EmbeddedServer {

    private EmbeddedServer() {}

    static ServerConfig config(LaunchOptions options, AppSettings saved) {
        int port = options.value("port") != null ? Integer.parseInt(options.value("port")) : saved.effectivePort();
        String bind = options.value("bind") != null ? options.value("bind") : ServerConfig.LOOPBACK;
        String token = options.value("token");
        if (token == null && !ServerConfig.isLoopback(bind)) {
            Path dataDir = options.value("data-dir") != null ? Path.of(options.value("data-dir"))
                    : EngineSettings.fromEnvironment(System.getenv()).cacheRoot();
            token = new TokenStore(dataDir).loadOrCreate().value();
        }
        return ServerConfig.loopback(port).withBind(bind, token);
    }
}
