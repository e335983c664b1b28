package dev.aside.ui;

import dev.aside.rest.ServerConfig;
import dev.aside.rest.auth.TokenSource;
import dev.aside.ui.settings.AppSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * How the console's embedded REST server listens: the command line's {@code --port} and {@code --bind},
 * else the saved port, else the seed's loopback:5000. It always has an access token ({@code --token},
 * {@code --token-file}, {@code ASIDE_TOKEN}, else the one stored in the engine's cache folder, as the
 * headless server), and locks writes when the saved setting says so.
 */
final class EmbeddedServer {

    private EmbeddedServer() {}

    static ServerConfig config(LaunchOptions options, AppSettings saved, Map<String, String> environment, Path cacheRoot) {
        int port = options.value("port") != null ? Integer.parseInt(options.value("port")) : saved.effectivePort();
        String bind = options.value("bind") != null ? options.value("bind") : ServerConfig.LOOPBACK;
        String tokenFile = options.value("token-file");
        String token = TokenSource.resolve(options.value("token"), tokenFile == null ? null : Path.of(tokenFile),
                environment, cacheRoot).value();
        return ServerConfig.loopback(port, token).withBind(bind, token).withWritesNeedToken(saved.lockWrites());
    }
}
