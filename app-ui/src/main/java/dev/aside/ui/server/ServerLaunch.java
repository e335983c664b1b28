package dev.aside.ui.server;

import dev.aside.engine.AsideEngine;
import dev.aside.rest.AsideServer;
import dev.aside.rest.ServerConfig;
import dev.aside.rest.cluster.ClusterMember;
import dev.aside.rest.cluster.ClusterSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;

/**
 * The console's REST server while it runs, and its membership of a team when the console was started
 * as one ({@code --cluster-name ...}): the member joins with the server's address first, so the
 * others can forward to it as soon as it answers, and leaves before the server stops.
 */
record ServerLaunch(AsideServer server, ClusterMember member) {

    /** Starts the server, as a member of {@code team} when given. Runs off the UI thread. */
    static ServerLaunch start(AsideEngine engine, ServerConfig config, Optional<ClusterSettings> team) {
        if (team.isEmpty()) {
            return new ServerLaunch(AsideServer.create(engine, config).start(), null);
        }
        if (config.port() == 0) {
            config = config.withPort(freePort(config.bind())); // the team must know the address before it answers
        }
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        ClusterMember member = ClusterMember.join(team.get(), engine, "http://" + host + ":" + config.port());
        try {
            return new ServerLaunch(AsideServer.clustered(engine, config, member).start(), member);
        } catch (RuntimeException e) {
            member.close();
            throw e;
        }
    }

    private static int freePort(String bind) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bind))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + bind, e);
        }
    }

    /** Leaves the team (the others take over this console's paths), then stops the server. */
    void stop() {
        if (member != null) {
            member.close();
        }
        server.stop();
    }
}
