package dev.aside.engine.format;

import java.time.LocalDate;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.DateColumnType;
import tech.tablesaw.columns.dates.PackedLocalDate;

/** INT32 DATE (days since 1970-01-01) into a {@link DateColumn} of Tablesaw's packed dates. */
final class DateSink extends ColumnSink {

    private static final int MISSING = DateColumnType.missingValueIndicator();

    private final int[] values;

    DateSink(ColumnDescriptor column, int rows) {
        super(column);
        this.values = new int[rows];
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        // Packing a date costs a calendar computation; with a dictionary each distinct day is packed
        // once per chunk instead of once per row.
        int[] packedById = new int[dictionary == null ? 0 : dictionary.getMaxId() + 1];
        for (int id = 0; id < packedById.length; id++) {
            packedById[id] = pack(dictionary.decodeToInt(id));
        }
        return (levels, maxLevel, in, dictionaryIds, row, count) -> {
            for (int i = 0; i < count; i++) {
                if (levels[i] != maxLevel) {
                    values[row + i] = MISSING;
                } else {
                    values[row + i] = dictionaryIds ? packedById[in.readValueDictionaryId()] : pack(in.readInteger());
                }
            }
        };
    }

    private static int pack(int epochDay) {
        return PackedLocalDate.pack(LocalDate.ofEpochDay(epochDay));
    }

    @Override
    Column<?> toColumn() {
        return DateColumn.createInternal(name, values);
    }
}
