package dev.aside.rest.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.aside.engine.AsideEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This server as one embedded member of an open-source Hazelcast cluster: several Aside servers that
 * act as one cache.
 *
 * <h2>What lives where</h2>
 * The values themselves (tables of millions of rows, documents) stay in each member's own memory and
 * disk tiers: Hazelcast copies map values on every access, so a table never becomes one. The cluster
 * holds only small things: which member holds each path ({@link ItemDirectory}), function sources
 * ({@link FunctionSync}), each member's figures ({@link MemberBoard}) and invalidations.
 *
 * <p><b>Who serves a path.</b> The member the directory names as its holder while that member is alive;
 * otherwise the owner of the path's Hazelcast partition. Every storage's copy of one path goes to the
 * same member, so the engine there resolves a bare path exactly as a single server would, and its
 * single-flight makes one SOR load for the whole cluster however many members are asked at once. A new
 * member takes partitions but not items: holders keep serving what they hold, so a join reloads nothing.
 * A member that dies takes its items with it; the partition's new owner serves them again on demand,
 * from its own disk copy when it has one, else from the SOR.
 *
 * <p>Thread-safe. Started after the REST server, whose address every other member forwards to.
 */
public final class ClusterMember implements AutoCloseable {

    /** How often a member republishes its memory and item figures; the console samples about as often. */
    private static final long BOARD_PERIOD_SECONDS = 2;

    private final ClusterSettings settings;
    private final HazelcastInstance hazelcast;
    private final ItemDirectory directory;
    private final FunctionSync functions;
    private final MemberBoard board;
    private final ScheduledExecutorService publisher;
    private final ClusterRouting routing;

    private ClusterMember(ClusterSettings settings, HazelcastInstance hazelcast, AsideEngine engine, String restUrl) {
        this.settings = settings;
        this.hazelcast = hazelcast;
        this.directory = new ItemDirectory(hazelcast, engine.cache());
        this.functions = new FunctionSync(hazelcast, engine.functions());
        this.board = new MemberBoard(hazelcast, engine.cache(), restUrl);
        this.publisher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aside-cluster-board");
            thread.setDaemon(true);
            return thread;
        });
        publisher.scheduleAtFixedRate(board::publish, 0, BOARD_PERIOD_SECONDS, TimeUnit.SECONDS);
        this.routing = new HolderRouting(this, functions, new RequestForwarder(restUrl));
    }

    /**
     * Starts the member and joins the cluster (or founds it when no other member answers).
     *
     * @param restUrl this server's own REST address, which other members forward requests to
     */
    public static ClusterMember join(ClusterSettings settings, AsideEngine engine, String restUrl) {
        HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(config(settings, restUrl));
        try {
            return new ClusterMember(settings, hazelcast, engine, restUrl);
        } catch (RuntimeException e) {
            hazelcast.shutdown();
            throw e;
        }
    }

    static Config config(ClusterSettings settings, String restUrl) {
        Config config = new Config();
        config.setClusterName(settings.name());
        config.setInstanceName("aside-" + settings.name() + "-" + settings.port());
        // Nothing may leave the machine unasked, and the process owns its own shutdown order.
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // A member killed with -9 must leave the cluster within seconds, not Hazelcast's default minute.
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "8");
        // Members of a team start together: look for the others at once. One that came up alone while the
        // others were slow to answer merges into them within seconds, not Hazelcast's default 5 minutes.
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
        config.getJetConfig().setEnabled(false);
        config.getMemberAttributeConfig().setAttribute(MemberBoard.REST_ATTRIBUTE, restUrl);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(false);
        if (settings.bind() != null && !settings.bind().isBlank()) {
            network.getInterfaces().setEnabled(true).addInterface(settings.bind());
            network.setPublicAddress(settings.bind() + ":" + settings.port());
        }
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        if (settings.awsTag() != null) {
            String[] tag = settings.awsTag().split("=", 2);
            join.getAwsConfig().setEnabled(true).setProperty("tag-key", tag[0]).setProperty("tag-value", tag[1])
                    .setProperty("hz-port", Integer.toString(settings.port()));
        } else {
            join.getTcpIpConfig().setEnabled(true).setMembers(settings.members().isEmpty()
                    ? List.of(settings.bind() + ":" + settings.port()) : settings.members());
        }
        return config;
    }

    /**
     * The REST address of the member that serves {@code path}, or empty when it is this one (also
     * while the cluster cannot tell, so a request is never left without an answer).
     */
    public Optional<String> remoteServerFor(String path) {
        Optional<Member> holder = directory.holderOf(path).or(() -> partitionOwner(path));
        return holder.filter(member -> !member.localMember())
                .map(member -> member.getAttribute(MemberBoard.REST_ATTRIBUTE));
    }

    /** Routes requests about a path to the member holding it. */
    public ClusterRouting routing() {
        return routing;
    }

    private Optional<Member> partitionOwner(String path) {
        return Optional.ofNullable(hazelcast.getPartitionService().getPartition(path).getOwner());
    }

    /** True when no partition is migrating: every path has one settled owner. */
    public boolean settled() {
        return hazelcast.getPartitionService().isClusterSafe();
    }

    /** The cluster's name, members and each member's figures, as {@code /health} and the console show them. */
    public ClusterView view() {
        return board.view(settings.name(), hazelcast.getCluster().getMembers());
    }

    /** The member that holds each cached path, by path. */
    public Map<String, String> holders() {
        return directory.holders(view());
    }

    public String name() {
        return settings.name();
    }

    /** Leaves the cluster; the items this member held are served by the others from then on. */
    @Override
    public void close() {
        publisher.shutdownNow();
        functions.close();
        directory.close();
        board.leave();
        hazelcast.shutdown();
    }
}
