package dev.aside.samples;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An engine as a newcomer gets it: the samples folder as the drive SOR and the sample functions
 * copied into a fresh functions folder (the registry writes into its folder, the repo stays clean).
 */
final class SampleEngine {

    static final Path SAMPLES = Path.of(System.getProperty("aside.samples.dir", "samples"));

    private SampleEngine() {}

    static AsideEngine open(Path temp) {
        Path functions = temp.resolve("functions");
        try {
            Files.createDirectories(functions);
            try (Stream<Path> sources = Files.list(SAMPLES.resolve("functions"))) {
                for (Path source : sources.toList()) {
                    Files.copy(source, functions.resolve(source.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EngineSettings settings = EngineSettings.fromEnvironment(Map.of())
                .withCacheRoot(temp.resolve("cache"))
                .withSdRoot(SAMPLES.resolve("data"))
                .withFunctionsDir(functions);
        return AsideEngine.open(settings);
    }
}
