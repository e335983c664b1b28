package dev.aside.engine.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aside.engine.CorruptDataException;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** A {@code .json} file as a Jackson tree: an object is a document, an array a collection. */
final class JsonFormat implements ValueFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of(".json");
    }

    /** A Jackson tree costs about 8 bytes per byte of text: a node object per value, a map per object. */
    @Override
    public long estimateHeapBytes(Path file) {
        return 8 * ValueFormat.sizeOf(file);
    }

    @Override
    public Value read(Path file, String name) {
        try {
            JsonNode tree = MAPPER.readTree(file.toFile());
            if (tree == null || tree.isMissingNode()) {
                throw new CorruptDataException("'" + name + "' is empty; a JSON file must hold an object or an array.");
            }
            return new JsonValue(tree);
        } catch (JacksonException e) {
            throw new CorruptDataException("'" + name + "' is not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + " (" + withoutSource(e.getOriginalMessage())
                    + "). Fix the file in the source, then update the item.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson appends where it read from; here that is an internal staging file, so drop it. */
    private static String withoutSource(String message) {
        int source = message.indexOf(" (start marker at [Source");
        return source < 0 ? message : message.substring(0, source);
    }
}
