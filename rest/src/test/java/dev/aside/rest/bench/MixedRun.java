package dev.aside.rest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * LoadBench's mixed run: one wrk at 64 connections whose Lua script picks, per request, a cache-hit
 * read (80%), a 100-row JSON page of the big table at a random offset (10%) or {@code cache_item_stats}
 * of that table (10%): the mix where a stats call that scanned 10 million rows cut throughput 37x.
 */
final class MixedRun {

    static final int CONNECTIONS = 64;

    private MixedRun() {}

    /** wrk's script: a random request per call, built from the server's paths. */
    static String script(String table, int rows) {
        return String.format(Locale.ROOT, """
                math.randomseed(20261130)
                request = function()
                  local pick = math.random(100)
                  if pick <= 80 then
                    return wrk.format("GET", "/cache/api/v1.0/?function=read&path=file1.json&return=meta")
                  elseif pick <= 90 then
                    local offset = math.random(0, %d)
                    return wrk.format("GET", "/cache/api/v1.0/?function=read&path=%s&format=json&offset=" .. offset .. "&limit=100")
                  else
                    return wrk.format("GET", "/cache/api/v1.0/?function=cache_item_stats&key=%s")
                  end
                end
                """, Math.max(0, rows - 100), table, table);
    }

    /** Runs the mix for {@code seconds} against {@code base}; returns wrk's cell. */
    static LoadBench.Cell run(String base, String table, int rows, int seconds, Path temp)
            throws IOException, InterruptedException {
        Path lua = Files.writeString(temp.resolve("mixed.lua"), script(table, rows));
        String out = LoadBench.wrk(base + "/", CONNECTIONS, seconds, "-s", lua.toString());
        return LoadBench.cell("mixed: 80% hit, 10% page, 10% stats", CONNECTIONS, out);
    }
}
