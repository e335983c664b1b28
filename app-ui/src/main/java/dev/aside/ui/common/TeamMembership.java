package dev.aside.ui.common;

import dev.aside.rest.cluster.ClusterMember;
import dev.aside.rest.cluster.ClusterSettings;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Whether this console is one member of a team of Aside servers: the team it was started for
 * ({@code --cluster-name ...}) and, while its REST server runs, the live membership. The Server
 * screen joins and leaves; the Server, Telemetry and Cache screens show the team from it.
 * Changed and read on the UI thread.
 */
public final class TeamMembership {

    private final ClusterSettings settings;
    private final ReadOnlyObjectWrapper<ClusterMember> member = new ReadOnlyObjectWrapper<>(this, "member");

    private TeamMembership(ClusterSettings settings) {
        this.settings = settings;
    }

    /** A console on its own: its server never joins a cluster. */
    public static TeamMembership none() {
        return new TeamMembership(null);
    }

    /** A console whose server joins the team {@code settings} names when it starts. */
    public static TeamMembership of(ClusterSettings settings) {
        return new TeamMembership(settings);
    }

    public Optional<ClusterSettings> settings() {
        return Optional.ofNullable(settings);
    }

    /** The membership while the server runs in the team; null otherwise. */
    public ReadOnlyObjectProperty<ClusterMember> memberProperty() {
        return member.getReadOnlyProperty();
    }

    public Optional<ClusterMember> member() {
        return Optional.ofNullable(member.get());
    }

    public void joined(ClusterMember joined) {
        member.set(joined);
    }

    public void left() {
        member.set(null);
    }
}
