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
 * Changed on the UI thread and observed there through {@link #memberProperty()}; {@link #member()}
 * may be read from any thread (the team panels read the cluster on a timer thread), so the current
 * member is also kept in a volatile field.
 */
public final class TeamMembership {

    private final ClusterSettings settings;
    private final ReadOnlyObjectWrapper<ClusterMember> member = new ReadOnlyObjectWrapper<>(this, "member");
    private volatile ClusterMember current;

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

    /** The membership while the server runs in the team; safe to call from any thread. */
    public Optional<ClusterMember> member() {
        return Optional.ofNullable(current);
    }

    public void joined(ClusterMember joined) {
        current = joined;
        member.set(joined);
    }

    public void left() {
        current = null;
        member.set(null);
    }
}
