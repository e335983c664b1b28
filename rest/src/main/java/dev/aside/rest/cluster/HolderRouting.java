package dev.aside.rest.cluster;

import dev.aside.engine.InvalidPathException;
import dev.aside.engine.sor.SorPath;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member's routing: a request about a path goes to the member that holds it, and comes back through
 * this one. When the holder stops answering (killed, leaving), the cluster names another holder once it
 * notices; until then the request waits, but never longer than {@link #HOLDER_WAIT}, after which this
 * member answers itself, so no request is left without an answer.
 */
final class HolderRouting implements ClusterRouting {

    private static final Logger LOG = LoggerFactory.getLogger(HolderRouting.class);
    /**
     * Longer than the cluster needs to notice a dead member (8 s without heartbeats) and move its
     * partitions, so the answer normally still comes from the path's rightful member.
     */
    static final Duration HOLDER_WAIT = Duration.ofSeconds(12);
    private static final long RETRY_PAUSE_MILLIS = 200;

    private final ClusterMember member;
    private final FunctionSync functions;
    private final RequestForwarder forwarder;

    HolderRouting(ClusterMember member, FunctionSync functions, RequestForwarder forwarder) {
        this.member = member;
        this.functions = functions;
        this.forwarder = forwarder;
    }

    @Override
    public boolean forwardedToHolder(Context ctx, String path) {
        if (path == null || ctx.header(RequestForwarder.FORWARDED_HEADER) != null) {
            return false;
        }
        String clean;
        try {
            clean = SorPath.normalize(path);
        } catch (InvalidPathException e) {
            return false; // answered here, with the same 400 every member would give
        }
        long deadline = System.nanoTime() + HOLDER_WAIT.toNanos();
        while (true) {
            Optional<String> holder = member.remoteServerFor(clean);
            if (holder.isEmpty()) {
                return false;
            }
            try {
                forwarder.forward(ctx, holder.get());
                return true;
            } catch (RequestForwarder.MemberUnreachableException e) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("{}; answering '{}' here", e.getMessage(), clean);
                    return false;
                }
                pause();
            }
        }
    }

    @Override
    public void awaitFunction(String name) {
        functions.awaitFunction(name);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
