package dev.aside.engine.format;

import dev.aside.engine.AsideException;
import dev.aside.engine.CorruptDataException;
import dev.aside.engine.UnsupportedFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import tech.tablesaw.api.Table;

/**
 * Reads a local Parquet file into a Tablesaw {@link Table}; the entry point for the disk tier and for
 * {@code .parquet} items.
 *
 * <p>How it is fast: the file is cut into work units of one column chunk each (row group x column).
 * Every column gets arrays sized for the whole file up front, and each unit decodes its pages
 * straight into its own row range, so units need no merging and run on several threads at once
 * (each thread with its own file reader, since parquet-java's readers are not thread-safe).
 * Strings stay ids until the end (see {@link StringSink}). Decoding, not I/O, is the cost: the
 * 10-million-row bond-trades file of {@code EngineBench} takes about 1 s of CPU, 0.8 s on two
 * cores, where DuckDB takes 1.1 s; the same rows as DuckDB writes them (strings plain-encoded, 82
 * row groups) take about 2.3 s of CPU.
 *
 * <p>Thread-safe and stateless. Nested columns and types Tablesaw cannot hold are an
 * {@link UnsupportedFormatException}; a damaged file is a {@link CorruptDataException} naming it.
 */
public final class ParquetTables {

    private ParquetTables() {
    }

    /** Decodes {@code file} on the calling thread plus the common fork-join pool. */
    public static Table readTable(Path file) {
        return readTable(file, String.valueOf(file.getFileName()));
    }

    /** Decodes {@code file} into a table called {@code name}, which also names it in errors. */
    public static Table readTable(Path file, String name) {
        return readTable(file, name, ForkJoinPool.commonPool(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Decodes {@code file} on the calling thread and up to {@code threads - 1} tasks run by
     * {@code helpers}.
     */
    public static Table readTable(Path file, String fileName, Executor helpers, int threads) {
        try {
            ParquetMetadata footer;
            try (ParquetFileReader reader = open(file, fileName)) {
                footer = reader.getFooter();
            }
            return decode(file, fileName, footer, helpers, threads);
        } catch (AsideException e) {
            throw e;
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new UncheckedIOException(e);
        } catch (IOException | RuntimeException e) {
            throw corrupt(fileName, e);
        }
    }

    private static Table decode(Path file, String fileName, ParquetMetadata footer, Executor helpers, int threads)
            throws IOException {
        MessageType schema = footer.getFileMetaData().getSchema();
        List<BlockMetaData> groups = footer.getBlocks();
        int[] firstRows = new int[groups.size()];
        long rows = 0;
        for (int g = 0; g < groups.size(); g++) {
            firstRows[g] = (int) rows;
            rows += groups.get(g).getRowCount();
            if (rows > Integer.MAX_VALUE - 8) {
                throw new UnsupportedFormatException("'" + fileName + "' has more rows than a table can hold ("
                        + Integer.MAX_VALUE + "). Split it into several files.");
            }
        }
        List<ColumnSink> sinks = new ArrayList<>();
        for (Type field : schema.getFields()) {
            sinks.add(ColumnSinks.forField(schema, field, (int) rows, fileName));
        }

        Units units = new Units(file, fileName, schema, sinks, firstRows);
        int helperCount = Math.max(0, Math.min(threads, units.count) - 1);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < helperCount; i++) {
            running.add(CompletableFuture.runAsync(units::decodeUnchecked, helpers));
        }
        try {
            units.decode();
        } finally {
            units.stop();
            for (CompletableFuture<Void> helper : running) {
                joinRethrowing(helper);
            }
        }
        Table table = Table.create(fileName);
        for (ColumnSink sink : sinks) {
            table.addColumns(sink.toColumn());
        }
        return table;
    }

    /** The column chunks of one file, handed out one at a time to whichever thread asks first. */
    private static final class Units {
        private final Path file;
        private final String fileName;
        private final MessageType schema;
        private final List<ColumnSink> sinks;
        private final int[] firstRows;
        private final int count;
        private final AtomicInteger next = new AtomicInteger();

        Units(Path file, String fileName, MessageType schema, List<ColumnSink> sinks, int[] firstRows) {
            this.file = file;
            this.fileName = fileName;
            this.schema = schema;
            this.sinks = sinks;
            this.firstRows = firstRows;
            this.count = sinks.size() * firstRows.length;
        }

        void decode() throws IOException {
            try (ParquetFileReader reader = open(file, fileName)) {
                for (int unit = next.getAndIncrement(); unit < count; unit = next.getAndIncrement()) {
                    int group = unit / sinks.size();
                    ColumnSink sink = sinks.get(unit % sinks.size());
                    // Only this column's chunk is read from disk and decompressed.
                    reader.setRequestedSchema(new MessageType(schema.getName(), schema.getType(sink.name)));
                    sink.decodeChunk(reader.readRowGroup(group).getPageReader(sink.column), firstRows[group]);
                }
            }
        }

        void decodeUnchecked() {
            try {
                decode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Makes the other threads finish after their current unit once one has failed. */
        void stop() {
            next.set(count);
        }
    }

    /**
     * Page checksums are verified where the writer stored them (parquet-java does by default), so a
     * flipped bit in a cached copy is found rather than decoded into a wrong value; CRC32 costs a
     * small fraction of decompressing the same page.
     */
    private static ParquetFileReader open(Path file, String fileName) throws IOException {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(HadoopFreeCodecs.INSTANCE)
                .usePageChecksumVerification(true)
                .build();
        return ParquetFileReader.open(new NamedInputFile(file, fileName), options);
    }

    /** parquet-java puts its input's {@code toString()} into messages: the name, not a class and address. */
    private static final class NamedInputFile extends LocalInputFile {
        private final String name;

        NamedInputFile(Path file, String name) {
            super(file);
            this.name = name;
        }

        @Override
        public String toString() {
            return "'" + name + "'";
        }
    }

    private static void joinRethrowing(CompletableFuture<Void> helper) throws IOException {
        try {
            helper.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error; // out of memory in a helper is not damaged data
            }
            throw e;
        }
    }

    private static CorruptDataException corrupt(String fileName, Exception e) {
        String detail = e.getMessage() == null ? "its data cannot be decoded" : e.getMessage();
        return new CorruptDataException("'" + fileName + "' is not a readable Parquet file (" + detail
                + "). It may be truncated or damaged: write it again at the source and update the item.", e);
    }
}
