package dev.aside.engine.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import tech.tablesaw.api.Table;

/**
 * Writes a Tablesaw table as snappy-compressed Parquet that {@link ParquetTables} (and pandas,
 * DuckDB, Spark) read back with the same column types; missing values become nulls, strings are
 * dictionary-encoded, dates are DATE and date-times millisecond TIMESTAMPs.
 *
 * <p>Stateless and thread-safe. A column type Parquet cannot hold here is an
 * {@link dev.aside.engine.UnsupportedFormatException} before anything is written.
 */
public final class ParquetTableWriter {

    /**
     * Row groups are the unit {@link ParquetTables} decodes in parallel; 64 MiB gives several per
     * large table for two or more cores while keeping the writer's buffer modest.
     */
    private static final long ROW_GROUP_BYTES = 64L * 1024 * 1024;
    /** Big enough that a column of ~100k distinct short strings stays dictionary-encoded. */
    private static final int DICTIONARY_PAGE_BYTES = 4 * 1024 * 1024;

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
        TableWriteSupport support = new TableWriteSupport(table);
        try (ParquetWriter<Integer> writer = new Builder(target, support).build()) {
            for (int row = 0; row < table.rowCount(); row++) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Integer, Builder> {
        private final TableWriteSupport support;

        Builder(OutputFile target, TableWriteSupport support) {
            super(target);
            this.support = support;
            withConf(new PlainParquetConfiguration());
            withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
            withCodecFactory(HadoopFreeCodecs.INSTANCE);
            withCompressionCodec(CompressionCodecName.SNAPPY);
            withRowGroupSize(ROW_GROUP_BYTES);
            withDictionaryEncoding(true);
            withDictionaryPageSize(DICTIONARY_PAGE_BYTES);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Integer> getWriteSupport(org.apache.parquet.conf.ParquetConfiguration conf) {
            return support;
        }

        /** Required by the superclass; never called once a ParquetConfiguration is set. */
        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<Integer> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return support;
        }
    }
}
