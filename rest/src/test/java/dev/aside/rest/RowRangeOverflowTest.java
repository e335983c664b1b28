package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A huge limit means "all the rest": offset + limit must not overflow into an empty page. */
class RowRangeOverflowTest {

    @TempDir
    Path temp;

    @Test
    void read_withOffsetAndLongMaxLimit_returnsTheRemainingRows() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("trades.csv", "id,qty\n1,10\n2,20\n3,30\n");
            String read = "/cache/api/v1.0/?function=read&path=trades.csv&format=json&offset=1&limit=";
            assertEquals(2, RunningServer.json(server.get(read + Long.MAX_VALUE)).size());
            assertEquals(2, RunningServer.json(server.get(read + Integer.MAX_VALUE)).size());
            assertEquals(0, RunningServer.json(server.get(read.replace("offset=1", "offset=" + Long.MAX_VALUE)
                    + Long.MAX_VALUE)).size());
        }
    }
}
