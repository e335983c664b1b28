package dev.aside.ui;

import dev.aside.rest.ServerConfig;
import dev.aside.rest.auth.TokenSource;
import dev.aside.rest.cluster.ClusterSettings;
import dev.aside.ui.common.TeamMembership;
import dev.aside.ui.settings.AppSettings;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * The team the console's server joins when it starts: {@code --cluster-name} (with
     * {@code --cluster-port} and {@code --cluster-members}, as the headless server takes them), else none.
     */
    static TeamMembership team(LaunchOptions options) {
        String name = options.value("cluster-name");
        if (name == null) {
            return TeamMembership.none();
        }
        String port = options.value("cluster-port");
        String members = options.value("cluster-members");
        String bind = options.value("bind") != null ? options.value("bind") : ServerConfig.LOOPBACK;
        return TeamMembership.of(new ClusterSettings(name, port == null ? ClusterSettings.DEFAULT_PORT
                : Integer.parseInt(port), members == null ? List.of() : List.of(members.split(",")), bind));
    }
}
