package dev.aside.ui.common;

import dev.aside.rest.cluster.ClusterMember;
import dev.aside.rest.cluster.ClusterView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The team this console belongs to: every member with its memory and item count, refreshed every
 * two seconds from the figures the members publish. Shown on the Server and Telemetry screens only
 * when the console was started as a member.
 */
public final class TeamView extends VBox implements AutoCloseable {

    /** As often as members publish their figures. */
    private static final Duration REFRESH = Duration.ofSeconds(2);

    /** A member's row is a snapshot, replaced whole at each refresh. */
    private static final Function<ClusterView.MemberView, Observable[]> NO_DEPENDENCIES = m -> new Observable[0];

    private final TeamMembership team;
    private final ObservableList<ClusterView.MemberView> members = FXCollections.observableArrayList();
    private final Label title = new Label();
    private final Repeating refresh;

    public TeamView(TeamMembership team, Executor uiThread, String id) {
        super(6);
        this.team = team;
        setId(id);
        TableView<ClusterView.MemberView> table = new TableView<>(members);
        table.setId(id + "-members");
        table.setPrefHeight(160); // the header and three members
        table.setMinHeight(Region.USE_PREF_SIZE); // a screen short of room shrinks its log, not the team
        table.setPlaceholder(new Label("Start the REST server to join the team"));
        table.getColumns().setAll(List.of(
                TextColumn.of("Member", 240, m -> m.address() + (m.local() ? " (this console)" : "")),
                TextColumn.of("REST", 200, ClusterView.MemberView::restUrl),
                TextColumn.liveNumber("Memory", 110, m -> m.memoryUsedBytes(), m -> figure(m.memoryUsedBytes(), true), NO_DEPENDENCIES),
                TextColumn.liveNumber("Limit", 110, m -> m.memoryLimitBytes(), m -> figure(m.memoryLimitBytes(), true), NO_DEPENDENCIES),
                TextColumn.liveNumber("Items", 100, m -> m.items(), m -> figure(m.items(), false), NO_DEPENDENCIES),
                TextColumn.liveNumber("In memory", 120, m -> m.memoryItems(), m -> figure(m.memoryItems(), false), NO_DEPENDENCIES)));
        getChildren().addAll(title, table);
        boolean inTeam = team.settings().isPresent();
        setVisible(inTeam);
        setManaged(inTeam);
        team.memberProperty().addListener((obs, old, member) -> show(null));
        // reading the members' figures asks the cluster (network): on the timer thread, shown on the UI thread
        refresh = Repeating.every(REFRESH, Runnable::run, () -> {
            ClusterView view = team.member().flatMap(TeamView::viewOf).orElse(null);
            uiThread.execute(() -> show(view));
        });
        show(null);
    }

    /** {@code view} null: not joined, or not read yet since joining. */
    private void show(ClusterView view) {
        if (view != null) {
            title.setText("Team '" + view.name() + "': " + view.members().size() + " member(s)");
            members.setAll(view.members());
        } else {
            title.setText(team.settings().map(s -> "Team '" + s.name() + "': not joined (the REST server is stopped)")
                    .orElse(""));
            members.clear();
        }
    }

    /** Empty while the member is leaving: the server is stopping, and the next refresh shows it stopped. */
    private static Optional<ClusterView> viewOf(ClusterMember member) {
        try {
            return Optional.of(member.view());
        } catch (RuntimeException leaving) {
            return Optional.empty();
        }
    }

    /** -1 means the member has not published yet. */
    private static String figure(long value, boolean bytes) {
        if (value < 0) {
            return "—";
        }
        return bytes ? DisplayFormat.bytes(value) : DisplayFormat.count(value);
    }

    @Override
    public void close() {
        refresh.close();
    }
}
