package dev.aside.engine.value;

import dev.aside.engine.ItemKind;
import java.util.Objects;
import tech.tablesaw.api.Table;

/** A DataFrame held as a Tablesaw table. */
public record TableValue(Table table) implements Value {

    public TableValue {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public ItemKind kind() {
        return ItemKind.TABLE;
    }

    @Override
    public long rows() {
        return table.rowCount();
    }

    @Override
    public int columns() {
        return table.columnCount();
    }
}
