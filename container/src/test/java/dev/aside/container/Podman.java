package dev.aside.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the podman command line and hands back what it printed; a failed command fails the test with its output. */
final class Podman {

    private Podman() {
    }

    static String run(Duration limit, String... args) {
        Result result = attempt(limit, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("podman " + String.join(" ", args) + " exited with " + result.exitCode() + ":\n"
                    + result.output());
        }
        return result.output();
    }

    /** Runs a command whose failure is acceptable (cleanup of what may not exist). */
    static Result attempt(Duration limit, String... args) {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + limit);
            }
            return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("podman could not be started; run .ci/container-tools as root (README \"Container image\")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
