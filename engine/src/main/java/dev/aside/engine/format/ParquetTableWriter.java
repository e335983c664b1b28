package dev.aside.engine.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import tech.tablesaw.api.Table;

/**
 * Writes a Tablesaw table as snappy-compressed Parquet that {@link ParquetTables} (and pandas,
 * DuckDB, Spark) read back with the same column types; missing values become nulls, strings are
 * dictionary-encoded, dates are DATE and date-times millisecond TIMESTAMPs.
 *
 * <p>How it is fast: columns are encoded a row group at a time straight from Tablesaw's primitive
 * values and string keys ({@link ColumnEncoders}), never through row records, and the chunks are
 * encoded on several threads ({@link ChunkPipeline}); parquet-java only frames the pages and writes
 * the footer. Pages carry checksums and statistics, as parquet-java's own writer's do.
 *
 * <p>Stateless and thread-safe. A column type Parquet cannot hold here is an
 * {@link dev.aside.engine.UnsupportedFormatException} before anything is written.
 */
public final class ParquetTableWriter {

    /**
     * Row groups are the unit {@link ParquetTables} and DuckDB decode in parallel, so a large table
     * gets several; a million rows keeps each chunk's working arrays to a few megabytes per column.
     */
    static final int ROW_GROUP_ROWS = 1 << 20;

    private ParquetTableWriter() {
    }

    /** Writes {@code table} to {@code file}, replacing it if it exists. */
    public static void write(Table table, Path file) {
        write(table, new LocalOutputFile(file));
    }

    /** Streams {@code table} to {@code out}, which is flushed and left open. */
    public static void write(Table table, OutputStream out) {
        write(table, new StreamOutputFile(out));
    }

    private static void write(Table table, OutputFile target) {
        List<ColumnEncoder> columns = table.columns().stream().<ColumnEncoder>map(ColumnEncoders::of).toList();
        MessageType schema = new MessageType("table", columns.stream().map(column -> (Type) column.type).toList());
        int rows = table.rowCount();
        try (ChunkPipeline chunks = new ChunkPipeline(columns, rows, ROW_GROUP_ROWS, ForkJoinPool.commonPool(),
                Runtime.getRuntime().availableProcessors());
             ParquetFileWriter file = new ParquetFileWriter(target, schema, ParquetFileWriter.Mode.OVERWRITE,
                     ROW_GROUP_ROWS, 0, ParquetProperties.DEFAULT_COLUMN_INDEX_TRUNCATE_LENGTH,
                     ParquetProperties.DEFAULT_STATISTICS_TRUNCATE_LENGTH, true)) {
            file.start();
            int unit = 0;
            for (int firstRow = 0; firstRow < rows; firstRow += ROW_GROUP_ROWS) {
                file.startBlock(Math.min(ROW_GROUP_ROWS, rows - firstRow));
                for (int column = 0; column < columns.size(); column++) {
                    chunks.take(unit++).writeTo(file, schema.getColumns().get(column));
                }
                file.endBlock();
            }
            file.end(Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
