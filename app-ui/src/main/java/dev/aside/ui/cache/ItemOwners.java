package dev.aside.ui.cache;

import dev.aside.rest.cluster.ClusterMember;
import dev.aside.rest.cluster.ClusterView;
import dev.aside.ui.common.Repeating;
import dev.aside.ui.common.TeamMembership;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which member of the console's team holds each cached path, for the Cache screen's Owner column.
 * The cluster's directory is read on a timer thread (it is a network call), and the answer is handed
 * to the UI thread whole.
 */
final class ItemOwners implements AutoCloseable {

    /** As often as members publish their figures; ownership changes only on loads, deletes and failures. */
    static final Duration INTERVAL = Duration.ofSeconds(2);

    private final TeamMembership team;
    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<Map<String, String>> owners = new ReadOnlyObjectWrapper<>(this, "owners", Map.of());
    private final Repeating poll;

    ItemOwners(TeamMembership team, Executor uiThread) {
        this.team = team;
        this.uiThread = uiThread;
        this.poll = Repeating.every(INTERVAL, Runnable::run, this::fetch);
    }

    boolean inTeam() {
        return team.settings().isPresent();
    }

    /** The member holding {@code path}: "this console", another member's address, or "" when unknown. */
    String of(String path) {
        return owners.get().getOrDefault(path, "");
    }

    ReadOnlyObjectProperty<Map<String, String>> ownersProperty() {
        return owners.getReadOnlyProperty();
    }

    private void fetch() {
        ClusterMember member = team.member().orElse(null);
        if (member == null) {
            uiThread.execute(() -> owners.set(Map.of()));
            return;
        }
        try {
            String local = member.view().members().stream().filter(ClusterView.MemberView::local)
                    .map(ClusterView.MemberView::address).findFirst().orElse("");
            Map<String, String> byPath = new HashMap<>();
            member.holders().forEach((path, address) -> byPath.put(path, address.equals(local) ? "this console" : address));
            uiThread.execute(() -> owners.set(Map.copyOf(byPath)));
        } catch (RuntimeException e) {
            // leaving the team while the poll ran: the next poll sees no member
        }
    }

    @Override
    public void close() {
        poll.close();
    }
}
