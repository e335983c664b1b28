package dev.aside.rest.cluster;

import dev.aside.rest.auth.Access;
import dev.aside.rest.output.ReplyWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/**
 * {@code GET /api/v1/cluster}: the team as this member sees it (members with their memory and item
 * figures, and the member holding each cached path). A single server answers 404 here.
 */
public final class ClusterRoutes {

    private final ClusterMember member;

    public ClusterRoutes(ClusterMember member) {
        this.member = member;
    }

    public void register(Javalin app) {
        app.get("/api/v1/cluster", this::cluster, Access.READ);
    }

    record Team(String name, java.util.List<ClusterView.MemberView> members, Map<String, String> holders) {}

    private void cluster(Context ctx) throws IOException {
        ClusterView view = member.view();
        ReplyWriter.json(ctx, new Team(view.name(), view.members(), member.holders()));
    }
}
