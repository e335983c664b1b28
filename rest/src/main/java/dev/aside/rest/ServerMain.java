package dev.aside.rest;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.ByteSize;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.spec.PreloadProgress;
import dev.aside.rest.auth.TokenSource;
import dev.aside.rest.cluster.ClusterMember;
import dev.aside.rest.cluster.ClusterSettings;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The headless server: {@code java -jar aside-server.jar [options]}. Options override the seed's
 * environment variables. Prints {@code listening on http://ADDR:PORT} once ready and runs until
 * SIGTERM or Ctrl-C, when it stops accepting requests, then closes the engine (which finishes
 * pending disk writes) so nothing is left half-written.
 */
@Command(name = "aside-server", mixinStandardHelpOptions = true, version = "Aside server 0.1",
        description = "Serves an Aside cache over HTTP without a window (containers, servers, CI, scripts).")
public final class ServerMain implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Address to bind (default: ${DEFAULT-VALUE}). "
            + "Any other than loopback requires an access token.")
    String bind = ServerConfig.LOOPBACK;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Disk tier and token folder (else LOCAL_DATA_DIR, else ~/.aside/cache).")
    Path dataDir;

    @Option(names = "--sd-root", paramLabel = "DIR", description = "Folder of the 'sd' system of record (else REMOTE_STORAGE).")
    Path sdRoot;

    @Option(names = "--functions-dir", paramLabel = "DIR", description = "User functions folder (else LOCAL_FUNCTION_DIR).")
    Path functionsDir;

    @Option(names = "--memory-limit", paramLabel = "SIZE", description = "Memory tier bound, e.g. 2g or 512m (default: a share of the heap).")
    String memoryLimit;

    @Option(names = "--function-timeout", paramLabel = "SECONDS", description = "Longest a function call may run "
            + "(else ASIDE_FUNCTION_TIMEOUT, else 60).")
    Double functionTimeout;

    @Option(names = "--spec", paramLabel = "FILE", description = "A data spec file (JSON or YAML) whose items are "
            + "preloaded in the background at start, e.g. samples/spec/samples.json.")
    Path spec;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token clients send as 'Authorization: Bearer TOKEN' "
            + "(other users can see it in ps: prefer --token-file or ASIDE_TOKEN). Default: the one stored in "
            + "<data-dir>/server.token, made on first start.")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Read the access token from FILE.")
    Path tokenFile;

    @Option(names = "--no-token", description = "No access token at all: anyone who can reach loopback may deploy "
            + "and run code as you (the seed's open behaviour). Loopback only.")
    boolean noToken;

    @Option(names = "--lock-writes", description = "Deleting and reloading items needs the token on loopback too.")
    boolean lockWrites;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "Allow browser calls from this origin (repeatable; default: no CORS).")
    List<String> corsOrigins = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "HTTP worker threads (default: ${DEFAULT-VALUE}).")
    int threads = ServerConfig.DEFAULT_THREADS;

    @Option(names = "--cluster-name", paramLabel = "NAME", description = "Join (or found) the team of servers named NAME; "
            + "without it this server is a single machine and starts no cluster threads.")
    String clusterName;

    @Option(names = "--cluster-port", paramLabel = "PORT", description = "Member-to-member port (default: ${DEFAULT-VALUE}).")
    int clusterPort = ClusterSettings.DEFAULT_PORT;

    @Option(names = "--cluster-members", paramLabel = "HOST:PORT", split = ",", description = "Members to join, "
            + "HOST:PORT,HOST:PORT,... (TCP/IP join; multicast is never used).")
    List<String> clusterMembers = List.of();

    @Option(names = "--cluster-aws-tag", paramLabel = "KEY=VALUE", description = "On AWS: find the other members as "
            + "the EC2 instances or ECS tasks tagged KEY=VALUE (Hazelcast's AWS discovery, with the instance role) "
            + "instead of --cluster-members.")
    String clusterAwsTag;

    private final Map<String, String> environment;
    private final PrintStream console;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile AsideServer server;
    private volatile ClusterMember member;

    ServerMain(Map<String, String> environment, PrintStream console) {
        this.environment = environment;
        this.console = console;
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new ServerMain(System.getenv(), System.out)).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        EngineSettings settings = settings();
        ServerConfig config = new ServerConfig(bind, port, resolveToken(settings.cacheRoot()), lockWrites, corsOrigins,
                threads, ServerConfig.DEFAULT_REQUEST_LOG_SIZE);
        AsideEngine engine = AsideEngine.open(settings);
        try {
            if (clusterName != null) {
                config = config.withPort(port == 0 ? FreePort.on(bind) : port);
                member = ClusterMember.join(new ClusterSettings(clusterName, clusterPort, clusterMembers,
                        advertisedHost(), clusterAwsTag), engine, "http://" + hostForUrl(advertisedHost()) + ":" + config.port());
                server = AsideServer.clustered(engine, config, member).start();
                console.println("member of cluster '" + clusterName + "' with " + member.view().members().size()
                        + " member(s)");
            } else {
                server = AsideServer.create(engine, config).start();
            }
        } catch (RuntimeException e) {
            if (member != null) {
                member.close();
            }
            engine.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(engine), "aside-shutdown"));
        console.println("listening on " + server.url());
        console.flush();
        if (spec != null) {
            engine.preload(spec, progress -> console.println(preloadLine(progress))).whenComplete((report, error) -> console.println(error != null
                    ? "preload of " + spec + " failed: " + error.getMessage()
                    : "preloaded " + report.loaded().size() + " items from " + spec + ", " + report.failures().size()
                            + " failed" + (report.failures().isEmpty() ? "" : ": " + report.failures())));
        }
        stopped.await();
        return 0;
    }

    /**
     * Leaves the cluster (its other members take over this one's paths), stops the server, then closes
     * the engine; runs once, from the shutdown hook or a test.
     */
    void shutdown(AsideEngine engine) {
        try {
            if (member != null) {
                member.close();
            }
            server.stop();
        } finally {
            engine.close();
            console.println("stopped");
            console.flush();
            stopped.countDown();
        }
    }

    private EngineSettings settings() {
        EngineSettings settings = EngineSettings.fromEnvironment(environment);
        if (dataDir != null) {
            settings = settings.withCacheRoot(dataDir);
        }
        if (sdRoot != null) {
            settings = settings.withSdRoot(sdRoot);
        }
        if (functionsDir != null) {
            settings = settings.withFunctionsDir(functionsDir);
        }
        if (memoryLimit != null) {
            settings = settings.withMemoryLimitBytes(ByteSize.parse(memoryLimit));
        }
        if (functionTimeout != null) {
            settings = settings.withFunctionTimeLimit(Duration.ofMillis(Math.round(functionTimeout * 1000)));
        }
        return settings;
    }

    /** The token (never printed: where it comes from is), or null with a loud warning for {@code --no-token}. */
    String resolveToken(Path dataDir) {
        if (noToken) {
            if (token != null || tokenFile != null) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--no-token cannot be combined with "
                        + "--token or --token-file.");
            }
            console.println("WARNING: --no-token: any program or user on this machine can deploy and run code on this "
                    + "server as you, and read your data and credentials. Use it only on a machine you alone use.");
            return null;
        }
        TokenSource source = TokenSource.resolve(token, tokenFile, environment, dataDir);
        console.println("access token: " + source.origin());
        return source.value();
    }

    /** The address other members reach this one at: the bind address, or this host's for the wildcard. */
    private String advertisedHost() {
        try {
            InetAddress address = InetAddress.getByName(bind);
            return address.isAnyLocalAddress() ? InetAddress.getLocalHost().getHostAddress() : bind;
        } catch (UnknownHostException e) {
            return bind;
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** One line per finished item: {@code preload 3/6 (1.2 of 4.5 MB): file1.json}, or its failure. */
    static String preloadLine(PreloadProgress progress) {
        return String.format(Locale.ROOT, "preload %d/%d (%.1f of %.1f MB): %s%s", progress.itemsDone(),
                progress.itemsTotal(), progress.bytesDone() / 1e6, progress.bytesTotal() / 1e6, progress.key(),
                progress.failed() ? " failed: " + progress.error() : "");
    }
}
