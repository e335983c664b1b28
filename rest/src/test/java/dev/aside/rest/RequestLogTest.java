package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.rest.telemetry.RequestRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent-request ring the console's server pane shows, and its live listener. */
class RequestLogTest {

    @TempDir
    Path temp;

    @Test
    void recentRequests_keepTheLastN_andListenersHearEachOne() throws Exception {
        ServerConfig small = new ServerConfig(ServerConfig.LOOPBACK, 0, RunningServer.TOKEN, false, List.of(), ServerConfig.DEFAULT_THREADS, 3);
        try (RunningServer server = RunningServer.start(temp, config -> small)) {
            List<RequestRecord> heard = new CopyOnWriteArrayList<>();
            try (AutoCloseable subscription = server.server().onRequest(heard::add)) {
                for (int i = 0; i < 5; i++) {
                    server.get("/health?n=" + i);
                }
                server.get("/cache/api/v1.0/?function=read&path=missing.json");
            }
            server.get("/health?n=after");

            List<RequestRecord> recent = server.server().recentRequests();
            assertEquals(3, recent.size());
            assertEquals("/health?n=after", recent.get(2).target());
            assertEquals(6, heard.size(), "the listener was removed before the last request");
            RequestRecord failed = heard.get(5);
            assertEquals(404, failed.status());
            assertEquals("GET", failed.method());
            assertEquals("/cache/api/v1.0/", failed.route());
            assertTrue(failed.millis() >= 0);
        }
    }
}
