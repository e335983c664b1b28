package dev.aside.ui.testing;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.rest.AsideServer;
import dev.aside.rest.ServerConfig;
import dev.aside.rest.cluster.ClusterMember;
import dev.aside.rest.cluster.ClusterSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * A second team member beside a console under test: its own engine over the same drive folder, its
 * own cache folder, joined to the team and serving REST on loopback, as a headless server would.
 */
public final class HeadlessMember implements AutoCloseable {

    private final AsideEngine engine;
    private final ClusterMember member;
    private final AsideServer server;
    private final String url;

    private HeadlessMember(AsideEngine engine, ClusterMember member, AsideServer server, String url) {
        this.engine = engine;
        this.member = member;
        this.server = server;
        this.url = url;
    }

    /**
     * @param team the team's name, port of this member and the members' addresses
     * @param folder where its cache and functions folders go
     * @param sorRoot the drive folder it shares with the console
     * @param restPort its REST port on 127.0.0.1
     */
    public static HeadlessMember start(ClusterSettings team, Path folder, Path sorRoot, int restPort) {
        AsideEngine engine = AsideEngine.open(EngineSettings.fromEnvironment(Map.of())
                .withCacheRoot(folder.resolve("other-cache")).withSdRoot(sorRoot)
                .withFunctionsDir(folder.resolve("other-functions")));
        String url = "http://127.0.0.1:" + restPort;
        ClusterMember member = ClusterMember.join(team, engine, url);
        AsideServer server = AsideServer.clustered(engine, ServerConfig.loopback(restPort, null), member).start();
        return new HeadlessMember(engine, member, server, url);
    }

    public ClusterMember member() {
        return member;
    }

    /** Its REST address, {@code http://127.0.0.1:PORT}. */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        member.close();
        server.stop();
        engine.close();
    }
}
