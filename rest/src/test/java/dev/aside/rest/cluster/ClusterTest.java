package dev.aside.rest.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.testing.TestFiles;
import dev.aside.rest.Client;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real member processes on 127.0.0.1 acting as one cache: right content through every member,
 * one SOR load per item for the whole team, items spread over all members, functions and updates seen
 * everywhere, and every item still served after one member is killed with SIGKILL.
 */
class ClusterTest {

    private static final String TOKEN = "team-token-for-tests";
    private static final int ITEMS = 30;

    @TempDir
    Path temp;

    private final List<MemberProcess> members = new ArrayList<>();

    @AfterEach
    void stopMembers() throws InterruptedException {
        for (MemberProcess member : members) {
            member.close();
        }
    }

    @Test
    void threeMembers_serveAsOneCache_andSurviveAKilledMember() throws Exception {
        Path sor = temp.resolve("sor");
        for (int i = 0; i < ITEMS; i++) {
            TestFiles.write(sor, "item" + i + ".json", "{\"n\": " + i + "}");
        }
        List<Integer> ports = MemberProcess.freePorts(6);
        List<Integer> clusterPorts = ports.subList(0, 3);
        long started = System.nanoTime();
        ExecutorService starter = Executors.newFixedThreadPool(3);
        try {
            List<Future<MemberProcess>> starting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Path folder = temp.resolve("m" + i);
                int restPort = ports.get(3 + i);
                int clusterPort = clusterPorts.get(i);
                starting.add(starter.submit(() -> MemberProcess.start(folder, sor, "test-team", restPort, clusterPort,
                        clusterPorts, TOKEN)));
            }
            for (Future<MemberProcess> member : starting) {
                members.add(member.get());
            }
        } finally {
            starter.shutdown();
        }
        for (MemberProcess member : members) {
            awaitMembers(member, 3);
        }
        phase("three members up", started);

        // 30 items read concurrently through all three members, each item asked for on every member at once
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                for (MemberProcess member : members) {
                    int item = i;
                    reads.add(pool.submit(() -> readN(member.client, item)));
                }
            }
            for (int i = 0; i < reads.size(); i++) {
                assertEquals(i / 3, reads.get(i).get(), "item read through a member answers its own content");
            }
        } finally {
            pool.shutdownNow();
        }
        phase("90 concurrent reads", started);
        long loads = 0;
        for (MemberProcess member : members) {
            loads += Long.parseLong(member.client.send(HttpRequest.newBuilder(member.client.uri("/cache/api/v1.0/"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())).headers()
                    .firstValue("X-Aside-Misses").orElseThrow());
        }
        assertEquals(ITEMS, loads, "summed over members, each item was loaded from the SOR exactly once");

        JsonNode team = Client.json(members.get(1).client.get("/api/v1/cluster"));
        Set<String> holders = new HashSet<>();
        team.get("holders").forEach(holder -> holders.add(holder.asText()));
        assertEquals(ITEMS, team.get("holders").size(), "every path has a holder: " + team);
        assertEquals(3, holders.size(), "items spread over all three members: " + team);

        // a function deployed on one member runs on another
        String source = "import dev.aside.engine.function.*;"
                + " public class team_hello implements AsideFunction {"
                + " public Object main(FunctionContext context) { return \"hello from the team\"; } }";
        HttpResponse<String> deployed = authorized(members.get(0).client, "/cache/api/v1.0/", "function=function_create&function_name=team_hello&function_body="
                + URLEncoder.encode(source, StandardCharsets.UTF_8));
        assertEquals(200, deployed.statusCode(), deployed.body());
        HttpResponse<String> called = authorized(members.get(2).client, "/cache/api/v1.0/", "function=team_hello");
        assertEquals(200, called.statusCode(), called.body());
        assertEquals("hello from the team", Client.json(called).at("/return/value").asText());

        // an update through one member is what another reads
        TestFiles.write(sor, "item7.json", "{\"n\": 700}");
        HttpResponse<String> updated = authorized(members.get(1).client, "/cache/api/v1.0/", "function=update&path=item7.json");
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(700, readN(members.get(2).client, 7));
        assertEquals(700, readN(members.get(0).client, 7));

        phase("function and update", started);
        // kill one member: every item is still served by the other two
        members.get(0).kill();
        for (int i = 0; i < ITEMS; i++) {
            assertEquals(i == 7 ? 700 : i, readN(members.get(1 + i % 2).client, i), "item " + i + " after the kill");
        }
        phase("30 reads after the kill", started);
        awaitMembers(members.get(1), 2);
    }

    private static void phase(String name, long started) {
        System.out.printf("ClusterTest: %s after %.1f s%n", name, (System.nanoTime() - started) / 1e9);
    }

    private static int readN(Client client, int item) {
        HttpResponse<String> response = client.get("/cache/api/v1.0/?function=read&path=item" + item + ".json");
        assertEquals(200, response.statusCode(), response.body());
        return Client.json(response).at("/return/value/n").asInt();
    }

    private static HttpResponse<String> authorized(Client client, String path, String form) {
        return client.send(HttpRequest.newBuilder(client.uri(path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static void awaitMembers(MemberProcess member, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode health = null;
        while (System.nanoTime() < deadline) {
            health = Client.json(member.client.get("/health"));
            if (health.at("/cluster/members").asInt() == count) {
                assertEquals("test-team", health.at("/cluster/name").asText());
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + count + " members: " + health);
    }
}
