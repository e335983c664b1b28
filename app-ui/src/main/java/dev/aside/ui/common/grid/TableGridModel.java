package dev.aside.ui.common.grid;

import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A grid over a table of any size (the Item view's Preview, a function's result), shown through a
 * {@link RowIndexList}, sorted and filtered by computing row numbers in the background. The table
 * itself is never copied: cells read its columns by row number as they scroll into view.
 */
public final class TableGridModel {

    private final ConsoleContext context;
    private final Table table;
    private final ReadOnlyObjectWrapper<RowIndexList> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private RowFilter filter = RowFilter.NONE;
    private SortKey sort;
    private BackgroundTask<int[]> running;

    record SortKey(String column, boolean ascending) {}

    public TableGridModel(ConsoleContext context, Table table) {
        this.context = context;
        this.table = table;
        show(RowIndexList.identity(table.rowCount()));
    }

    public List<String> columnNames() {
        return table.columnNames();
    }

    /** The text of one cell, by table row number (not display position). */
    public String cell(int column, int row) {
        Column<?> c = table.column(column);
        return c.isMissing(row) ? "" : c.getString(row);
    }

    public ReadOnlyObjectProperty<RowIndexList> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Sorts the rows shown by {@code column}; asking for the order already shown does nothing. */
    public void sort(String column, boolean ascending) {
        SortKey key = new SortKey(column, ascending);
        if (key.equals(sort)) {
            return;
        }
        sort = key;
        recompute();
    }

    /** Drops the sort: rows in table order again (within the filter). */
    public void unsort() {
        if (sort != null) {
            sort = null;
            recompute();
        }
    }

    /**
     * Keeps the rows whose {@code column} matches {@code expression}: {@code >100}, {@code <=5},
     * {@code =BUY}, {@code !=x} compare, anything else is a case-insensitive "contains". Blank shows all.
     */
    public void filter(String column, String expression) {
        RowFilter next = RowFilter.parse(column == null ? null : table.column(column), expression);
        if (!Objects.equals(next, filter)) {
            filter = next;
            recompute();
        }
    }

    private void recompute() {
        if (running != null) {
            running.cancel();
        }
        RowFilter applied = filter;
        SortKey sorting = sort;
        if (applied == RowFilter.NONE && sorting == null) {
            busy.set(false);
            show(RowIndexList.identity(table.rowCount())); // nothing to compute: every row, in table order
            return;
        }
        busy.set(true);
        status.set(sorting != null ? "Sorting by " + sorting.column() + "…" : "Filtering…");
        running = context.tasks().execute(new BackgroundTask<int[]>("Sort and filter the preview") {
            @Override
            protected int[] call() {
                int[] selected = applied.select(table.rowCount(), this::isCancelled);
                if (sorting != null) {
                    IntComparator comparator = table.column(sorting.column()).rowComparator();
                    IntArrays.parallelQuickSort(selected, sorting.ascending() ? comparator
                            : (a, b) -> comparator.compare(b, a));
                }
                return selected;
            }
        }).onSuccess(selected -> {
            busy.set(false);
            show(RowIndexList.of(selected));
        }).onFailure(error -> {
            busy.set(false);
            context.dialogs().error("Could not sort or filter the preview", error);
        });
    }

    private void show(RowIndexList list) {
        rows.set(list);
        status.set(list.size() == table.rowCount()
                ? DisplayFormat.count(table.rowCount()) + " rows"
                : DisplayFormat.count(list.size()) + " of " + DisplayFormat.count(table.rowCount()) + " rows match");
    }
}
