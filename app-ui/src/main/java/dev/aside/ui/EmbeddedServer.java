package dev.aside.ui;

import dev.aside.rest.ServerConfig;
import dev.aside.rest.auth.TokenStore;
import dev.aside.ui.settings.AppSettings;
import java.nio.file.Path;

/**
 * How the console's embedded REST server listens: the command line's {@code --port}, {@code --bind}
 * and {@code --token}, else the saved port, else the seed's loopback:5000 with no token. Binding
 * beyond this machine without a token uses the one stored in the engine's cache folder, as the
 * headless server and the Server screen do.
 */
final class EmbeddedServer {

    private EmbeddedServer() {}

    static ServerConfig config(LaunchOptions options, AppSettings saved, Path cacheRoot) {
        int port = options.value("port") != null ? Integer.parseInt(options.value("port")) : saved.effectivePort();
        String bind = options.value("bind") != null ? options.value("bind") : ServerConfig.LOOPBACK;
        String token = options.value("token");
        if (token == null && !ServerConfig.isLoopback(bind)) {
            token = new TokenStore(cacheRoot).loadOrCreate().value();
        }
        return ServerConfig.loopback(port).withBind(bind, token);
    }
}
