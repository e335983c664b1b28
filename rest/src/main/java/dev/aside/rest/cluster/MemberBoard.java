package dev.aside.rest.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.aside.engine.Cache;
import dev.aside.engine.CacheStats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each member's REST address and its latest memory and item figures, in one small map every member
 * reads, so any member (and a console on it) can show the whole team.
 */
final class MemberBoard {

    private static final Logger LOG = LoggerFactory.getLogger(MemberBoard.class);
    static final String REST_ATTRIBUTE = "aside.rest";
    static final String FIGURES = "aside.members";

    private final Cache cache;
    private final IMap<String, long[]> figures;
    private final String localUuid;
    private final String restUrl;

    MemberBoard(HazelcastInstance hazelcast, Cache cache, String restUrl) {
        this.cache = cache;
        this.restUrl = restUrl;
        this.figures = hazelcast.getMap(FIGURES);
        this.localUuid = hazelcast.getCluster().getLocalMember().getUuid().toString();
        hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // a newcomer publishes its own figures
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                figures.delete(event.getMember().getUuid().toString());
            }
        });
    }

    /** Publishes this member's figures; runs every few seconds. Never throws, so the schedule goes on. */
    void publish() {
        try {
            figures.set(localUuid, local());
        } catch (RuntimeException e) {
            LOG.debug("Could not publish this member's figures: {}", e.getMessage());
        }
    }

    ClusterView view(String name, Collection<Member> members) {
        List<ClusterView.MemberView> views = new ArrayList<>();
        for (Member member : members) {
            String uuid = member.getUuid().toString();
            long[] latest = member.localMember() ? local() : figures.get(uuid);
            if (latest == null) {
                latest = new long[] {-1, -1, -1, -1};
            }
            String rest = member.localMember() ? restUrl : member.getAttribute(REST_ATTRIBUTE);
            views.add(new ClusterView.MemberView(uuid, member.getAddress().getHost() + ":" + member.getAddress().getPort(),
                    rest, member.localMember(), latest[0], latest[1], latest[2], latest[3]));
        }
        return new ClusterView(name, views);
    }

    private long[] local() {
        CacheStats stats = cache.stats();
        return new long[] {stats.memoryUsedBytes(), stats.memoryLimitBytes(), stats.itemCount(), stats.memoryItemCount()};
    }

    /** Removes this member's figures as it leaves. */
    void leave() {
        try {
            figures.delete(localUuid);
        } catch (RuntimeException e) {
            LOG.debug("Could not remove this member's figures: {}", e.getMessage());
        }
    }
}
