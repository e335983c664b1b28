package dev.aside.engine.function.builtin;

import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files in the functions folder, with size and last change. */
final class FileList implements AsideFunction {

    private final Path functionDir;

    FileList(Path functionDir) {
        this.functionDir = functionDir;
    }

    @Override
    public String name() {
        return "filelist";
    }

    @Override
    public Object main(FunctionContext context) throws IOException {
        List<Map<String, Object>> files = new ArrayList<>();
        if (functionDir == null || !Files.isDirectory(functionDir)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(functionDir)) {
            for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", file.getFileName().toString());
                entry.put("size", Files.size(file));
                entry.put("modified", Files.getLastModifiedTime(file).toInstant().toString());
                files.add(entry);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    @Override
    public String description() {
        return "The function files in the functions folder.";
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
