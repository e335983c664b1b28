package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.ItemKey;
import dev.aside.engine.Tier;
import dev.aside.engine.spec.PreloadProgress;
import dev.aside.engine.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ServerMain as a real child process: the ready line, serving, and a clean stop on SIGTERM. */
class HeadlessMainTest {

    @TempDir
    Path temp;

    @Test
    void childProcess_printsListeningLine_serves_andStopsCleanlyOnSigterm() throws Exception {
        Path sor = temp.resolve("sor");
        Path data = temp.resolve("data");
        TestFiles.write(sor, "file1.json", "{\"served\": \"headless\"}");
        Path stdout = temp.resolve("stdout.txt");
        Process process = new ProcessBuilder(ChildServer.javaCommand("512m", "--port", "0", "--data-dir", data.toString(),
                "--sd-root", sor.toString(), "--functions-dir", temp.resolve("functions").toString(),
                "--memory-limit", "64m"))
                .redirectOutput(stdout.toFile()).redirectError(temp.resolve("stderr.txt").toFile()).start();
        try {
            Matcher ready = ChildServer.awaitListening(stdout, process);
            Client client = new Client(Integer.parseInt(ready.group(2)));
            assertEquals("headless", Client.json(client.get("/cache/api/v1.0/?function=read&path=file1.json"))
                    .at("/return/value/served").asText());

            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped within 30 s");
        } finally {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(stdout);
        assertEquals(143, process.exitValue(), "terminated by SIGTERM: " + lines);
        assertEquals("stopped", lines.get(lines.size() - 1), lines + "\n" + Files.readString(temp.resolve("stderr.txt")));

        EngineSettings settings = EngineSettings.fromEnvironment(Map.of()).withCacheRoot(data)
                .withFunctionsDir(temp.resolve("functions"));
        try (AsideEngine reopened = AsideEngine.open(settings)) {
            assertEquals(Tier.DISK, reopened.cache().head(ItemKey.of("sd", "file1.json")).orElseThrow().tier(),
                    "the disk tier was closed with the item written");
        }
    }

    @Test
    void specPreload_printsALinePerItem_withItsFailure() {
        assertEquals("preload 2/3 (1.5 of 3.0 MB): file1.json",
                ServerMain.preloadLine(new PreloadProgress("file1.json", null, 2, 3, 1_500_000, 3_000_000)));
        assertEquals("preload 3/3 (1.5 of 3.0 MB): gone.csv failed: No file 'gone.csv'.",
                ServerMain.preloadLine(new PreloadProgress("gone.csv", "No file 'gone.csv'.", 3, 3, 1_500_000, 3_000_000)));
    }

    @Test
    void help_listsEveryOption() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine line = new CommandLine(new ServerMain(Map.of(), new PrintStream(out)));
        line.setOut(new java.io.PrintWriter(out, true));
        assertEquals(0, line.execute("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--port", "--bind", "--data-dir", "--sd-root", "--functions-dir", "--memory-limit",
                "--token", "--token-file", "--no-token", "--lock-writes", "--help")) {
            assertTrue(help.contains(option), option + " in " + help);
        }
    }

    @Test
    void loopbackStart_generatesAndStoresAToken_printsItsPathNeverTheToken() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String token = main(out, Map.of(), "--data-dir", temp.resolve("data").toString()).resolveToken(temp.resolve("data"));
        assertEquals(token, Files.readString(temp.resolve("data/server.token")).trim());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("stored in " + temp.resolve("data/server.token").toAbsolutePath()), printed);
        assertFalse(printed.contains(token), "the token is never printed");
    }

    @Test
    void tokenFileAndEnvironment_areTakenBeforeTheStoredToken() throws IOException {
        Path file = Files.writeString(temp.resolve("token.txt"), "from-the-file\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals("from-the-file", main(out, Map.of("ASIDE_TOKEN", "from-env"), "--token-file", file.toString())
                .resolveToken(temp.resolve("data")));
        assertEquals("from-env", main(out, Map.of("ASIDE_TOKEN", "from-env")).resolveToken(temp.resolve("data")));
        assertFalse(Files.exists(temp.resolve("data/server.token")), "nothing stored when one was given");
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("from-"), "never printed");
    }

    @Test
    void noToken_isOpen_withALoudWarning() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertNull(main(out, Map.of("ASIDE_TOKEN", "ignored"), "--no-token").resolveToken(temp.resolve("data")));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("WARNING: --no-token"), out.toString());
    }

    private static ServerMain main(ByteArrayOutputStream out, Map<String, String> env, String... args) {
        ServerMain main = new ServerMain(env, new PrintStream(out, true, StandardCharsets.UTF_8));
        new CommandLine(main).parseArgs(args);
        return main;
    }
}
