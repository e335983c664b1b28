package dev.aside.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ServerMain as a real child process with a heap of its own, for tests the test JVM must not share. */
public final class ChildServer {

    static final Pattern LISTENING = Pattern.compile("^listening on (http://127\\.0\\.0\\.1:(\\d+))$");

    private ChildServer() {}

    /** The command that runs ServerMain with {@code maxHeap} (e.g. {@code 512m}) and {@code args}. */
    public static List<String> javaCommand(String maxHeap, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), ServerMain.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Waits up to 60 s for the process to print its listening line. */
    public static Matcher awaitListening(Path stdout, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (String line : Files.readAllLines(stdout)) {
                Matcher m = LISTENING.matcher(line);
                if (m.matches()) {
                    return m;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no listening line in " + Files.readAllLines(stdout));
    }
}
