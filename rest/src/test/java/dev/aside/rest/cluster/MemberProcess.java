package dev.aside.rest.cluster;

import dev.aside.rest.Client;
import dev.aside.rest.ServerMain;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One cluster member as a real child JVM on 127.0.0.1, so a test can kill it with SIGKILL. */
final class MemberProcess implements AutoCloseable {

    final int restPort;
    final int clusterPort;
    final Client client;
    private final Process process;
    private final Path stdout;

    private MemberProcess(int restPort, int clusterPort, Process process, Path stdout) {
        this.restPort = restPort;
        this.clusterPort = clusterPort;
        this.client = new Client(restPort);
        this.process = process;
        this.stdout = stdout;
    }

    /** Starts a member; returns once it answers HTTP. */
    static MemberProcess start(Path folder, Path sor, String cluster, int restPort, int clusterPort,
            List<Integer> memberPorts, String token) throws IOException, InterruptedException {
        List<String> members = new ArrayList<>();
        memberPorts.forEach(port -> members.add("127.0.0.1:" + port));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(),
                "--port", Integer.toString(restPort), "--data-dir", folder.resolve("data").toString(),
                "--sd-root", sor.toString(), "--functions-dir", folder.resolve("functions").toString(),
                "--token", token, "--memory-limit", "64m",
                "--cluster-name", cluster, "--cluster-port", Integer.toString(clusterPort),
                "--cluster-members", String.join(",", members)));
        Files.createDirectories(folder);
        Path out = folder.resolve("stdout.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(folder.resolve("stderr.txt").toFile()).start();
        MemberProcess member = new MemberProcess(restPort, clusterPort, process, out);
        member.awaitListening();
        return member;
    }

    /** {@code count} distinct ports free now: all are held open together, so none is handed out twice. */
    static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.readAllLines(stdout).stream().anyMatch(line -> line.startsWith("listening on "))) {
                return;
            }
            Thread.sleep(100);
        }
        List<String> errors = Files.readAllLines(stdout.resolveSibling("stderr.txt"));
        throw new AssertionError("member did not start: " + Files.readAllLines(stdout) + "\n"
                + String.join("\n", errors.subList(Math.max(0, errors.size() - 40), errors.size())));
    }

    /** SIGKILL: no shutdown hook runs, the member vanishes as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
