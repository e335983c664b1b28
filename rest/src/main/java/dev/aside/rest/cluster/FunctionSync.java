package dev.aside.rest.cluster;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import dev.aside.engine.AsideException;
import dev.aside.engine.function.FunctionInfo;
import dev.aside.engine.function.FunctionOrigin;
import dev.aside.engine.function.FunctionRegistry;
import dev.aside.engine.function.FunctionRegistryEvent;
import dev.aside.engine.function.FunctionRegistryListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every member's user functions the same: a function deployed on one member is compiled and
 * callable on all of them (open-source Hazelcast has no user-code deployment, so the cluster carries
 * Java sources, a few KB each, and every member compiles its own copy).
 *
 * <p>The map holds the latest source per name. A member publishes a source when its own registry
 * gains or replaces a user function whose source differs from the map's, and deploys a source another
 * member published when it differs from its own, so an echo comes back equal and stops.
 */
final class FunctionSync implements FunctionRegistryListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionSync.class);
    static final String SOURCES = "aside.functions";

    private final FunctionRegistry registry;
    private final IMap<String, String> sources;
    private final UUID registration;

    FunctionSync(HazelcastInstance hazelcast, FunctionRegistry registry) {
        this.registry = registry;
        this.sources = hazelcast.getMap(SOURCES);
        this.registration = sources.addEntryListener(new RemoteDeploys(), true);
        sources.forEach(this::deployIfDifferent); // a late joiner catches up
        registry.list().forEach(info -> publishIfDifferent(info));
        registry.addListener(this);
    }

    /**
     * Makes {@code name} callable here now if another member has deployed it and its deployment has
     * not reached this member yet, so a call right after a deploy elsewhere does not answer 404.
     */
    void awaitFunction(String name) {
        if (registry.find(name).isEmpty()) {
            String source = sources.get(name);
            if (source != null) {
                deployIfDifferent(name, source);
            }
        }
    }

    @Override
    public void onChange(FunctionRegistryEvent event) {
        if (event instanceof FunctionRegistryEvent.Added added) {
            publishIfDifferent(added.function());
        } else if (event instanceof FunctionRegistryEvent.Replaced replaced) {
            publishIfDifferent(replaced.function());
        }
    }

    private void publishIfDifferent(FunctionInfo info) {
        if (info.origin() != FunctionOrigin.USER || info.sourceFile() == null) {
            return;
        }
        readSource(info.sourceFile()).filter(source -> !source.equals(sources.get(info.name())))
                .ifPresent(source -> sources.set(info.name(), source));
    }

    private synchronized void deployIfDifferent(String name, String source) {
        Optional<String> local = registry.find(name).map(FunctionInfo::sourceFile).flatMap(FunctionSync::readSource);
        if (local.filter(source::equals).isPresent()) {
            return;
        }
        try {
            registry.deploy(name, source);
        } catch (AsideException e) {
            LOG.warn("Function '{}' deployed on another member does not deploy here: {}", name, e.getMessage());
        }
    }

    private static Optional<String> readSource(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        registry.removeListener(this);
        try {
            sources.removeEntryListener(registration);
        } catch (RuntimeException e) {
            LOG.debug("Function listener already gone: {}", e.getMessage());
        }
    }

    /** Sources published by other members; this member's own publications come back equal and stop. */
    private final class RemoteDeploys implements EntryAddedListener<String, String>, EntryUpdatedListener<String, String> {
        @Override
        public void entryAdded(EntryEvent<String, String> event) {
            deployIfDifferent(event.getKey(), event.getValue());
        }

        @Override
        public void entryUpdated(EntryEvent<String, String> event) {
            deployIfDifferent(event.getKey(), event.getValue());
        }
    }
}
