package dev.aside.rest.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import dev.aside.engine.AsideException;
import dev.aside.engine.Cache;
import dev.aside.engine.CacheEvent;
import dev.aside.engine.ItemKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster's item catalog: which member holds each path (a few bytes per path in one Hazelcast map),
 * and the invalidations that keep every other member from serving an older copy.
 *
 * <p>Whenever this member loads, reloads, writes or deletes a path, it records itself as the path's
 * holder (or removes itself) and tells the others, which drop whatever copy of that path they still
 * have from an earlier ownership. So an update or delete through any member is what every member sees
 * next, and a member that later serves the path again (its holder died) never serves a superseded copy
 * from its own disk.
 */
final class ItemDirectory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ItemDirectory.class);
    static final String HOLDERS = "aside.holders";
    static final String INVALIDATIONS = "aside.invalidations";

    private final HazelcastInstance hazelcast;
    private final Cache cache;
    private final IMap<String, String> holders;
    private final ITopic<String> invalidations;
    private final String localUuid;
    private final UUID topicRegistration;
    private final Cache.Subscription subscription;
    /** Set while this thread applies another member's invalidation, whose local delete is not news. */
    private final ThreadLocal<Boolean> applyingRemote = ThreadLocal.withInitial(() -> false);

    ItemDirectory(HazelcastInstance hazelcast, Cache cache) {
        this.hazelcast = hazelcast;
        this.cache = cache;
        this.holders = hazelcast.getMap(HOLDERS);
        this.invalidations = hazelcast.getTopic(INVALIDATIONS);
        this.localUuid = hazelcast.getCluster().getLocalMember().getUuid().toString();
        this.topicRegistration = invalidations.addMessageListener(this::onInvalidation);
        this.subscription = cache.subscribe(this::onCacheEvent);
    }

    /** The live member recorded as holding {@code path}; empty when none is, or it has left. */
    Optional<Member> holderOf(String path) {
        String uuid = holders.get(path);
        if (uuid == null) {
            return Optional.empty();
        }
        return hazelcast.getCluster().getMembers().stream()
                .filter(member -> member.getUuid().toString().equals(uuid)).findFirst();
    }

    /** Each held path and the address of the member holding it, for the console's owner column. */
    Map<String, String> holders(ClusterView view) {
        Map<String, String> addresses = new LinkedHashMap<>();
        holders.forEach((path, uuid) -> view.members().stream().filter(member -> member.uuid().equals(uuid))
                .findFirst().ifPresent(member -> addresses.put(path, member.address())));
        return addresses;
    }

    private void onCacheEvent(CacheEvent event) {
        if (applyingRemote.get()) {
            return;
        }
        try {
            if (event instanceof CacheEvent.LoadFinished || event instanceof CacheEvent.Stored) {
                holders.set(pathOf(event), localUuid);
                invalidations.publish(pathOf(event));
            } else if (event instanceof CacheEvent.Deleted) {
                holders.remove(pathOf(event), localUuid);
                invalidations.publish(pathOf(event));
            }
        } catch (RuntimeException e) {
            // The cluster is shutting down or unreachable: the local cache stays right; others re-resolve.
            LOG.warn("Could not tell the cluster about '{}': {}", event.key(), e.getMessage());
        }
    }

    private void onInvalidation(Message<String> message) {
        if (message.getPublishingMember() == null || message.getPublishingMember().localMember()) {
            return;
        }
        String path = message.getMessageObject();
        applyingRemote.set(true);
        try {
            // one in-memory look per storage (and the written value), not a walk of the whole catalog per load
            dropIfHeld(ItemKey.written(path));
            for (String storage : cache.storages()) {
                dropIfHeld(ItemKey.of(storage, path));
            }
        } catch (AsideException e) {
            LOG.warn("Could not drop the superseded copy of '{}': {}", path, e.getMessage());
        } finally {
            applyingRemote.set(false);
        }
    }

    private void dropIfHeld(ItemKey key) {
        if (cache.head(key).isPresent()) {
            cache.delete(key);
        }
    }

    /** The path an event is about; every storage's copy of one path has the same holder. */
    private static String pathOf(CacheEvent event) {
        return event.key().path();
    }

    @Override
    public void close() {
        subscription.close();
        try {
            invalidations.removeMessageListener(topicRegistration);
        } catch (RuntimeException e) {
            LOG.debug("Invalidation listener already gone: {}", e.getMessage());
        }
    }
}
