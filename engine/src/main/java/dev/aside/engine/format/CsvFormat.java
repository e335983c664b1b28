package dev.aside.engine.format;

import dev.aside.engine.CorruptDataException;
import dev.aside.engine.value.TableValue;
import dev.aside.engine.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * A {@code .csv} file with a header row as a table; Tablesaw infers each column's type from a sample
 * of the rows.
 */
final class CsvFormat implements ValueFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of(".csv");
    }

    @Override
    public Value read(Path file, String fileName) {
        try {
            if (Files.size(file) == 0) {
                throw new CorruptDataException("'" + fileName + "' is empty; a CSV file needs a header row."
                        + " Fix the file in the source and update the item.");
            }
            Table table = Table.read().csv(CsvReadOptions.builder(file.toFile()).tableName(fileName).build());
            return new TableValue(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CorruptDataException e) {
            throw e;
        } catch (RuntimeException e) {
            // Tablesaw reports ragged rows and unparseable cells as assorted runtime exceptions whose
            // messages name the row and column; they are the useful part for a person.
            throw new CorruptDataException("'" + fileName + "' could not be read as CSV: "
                    + String.valueOf(e.getMessage()).replaceAll("\\.+$", "")
                    + ". Check that every row has as many fields as the header and that each column holds"
                    + " one kind of value, then update the item.", e);
        }
    }
}
