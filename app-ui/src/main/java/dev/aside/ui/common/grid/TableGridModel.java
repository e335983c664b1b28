package dev.aside.ui.common.grid;

import dev.aside.engine.export.RowRange;
import dev.aside.engine.export.ValueWriter;
import dev.aside.engine.value.TableValue;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.function.analytics.RowFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
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
 * itself is never copied: cells read its columns by row number as they scroll into view. Filters use
 * the engine's {@code filter} grammar through its one parser ({@link RowFilter}), so a condition
 * means the same rows here as in a function call or over REST.
 */
public final class TableGridModel {

    private final ConsoleContext context;
    private final Table table;
    private final ReadOnlyObjectWrapper<RowIndexList> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper(this, "filterError", "");
    private final List<CellFormat> formats;
    private String filter = "";
    private SortKey sort;
    private BackgroundTask<int[]> running;

    record SortKey(String column, boolean ascending) {}

    public TableGridModel(ConsoleContext context, Table table) {
        this.context = context;
        this.table = table;
        this.formats = table.columns().stream().map(CellFormat::new).toList();
        show(RowIndexList.identity(table.rowCount()));
    }

    public List<String> columnNames() {
        return table.columnNames();
    }

    /** The text of one cell, by table row number (not display position): formatted numbers, NULL when missing. */
    public String cell(int column, int row) {
        return formats.get(column).text(row);
    }

    /** Whether a column's cells are numbers, shown right-aligned. */
    public boolean rightAligned(int column) {
        return formats.get(column).rightAligned();
    }

    /** Copies the cells at the given display positions and columns as tab-separated lines. */
    public void copy(List<Integer> positions, List<Integer> columns) {
        RowIndexList shown = rows.get();
        context.dialogs().copyToClipboard(positions.stream().map(p -> columns.stream().map(c -> cell(c, shown.rowAt(p)))
                .collect(Collectors.joining("\t"))).collect(Collectors.joining("\n")));
    }

    /** Why the last filter could not be read (what to write instead), or empty. */
    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
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
     * Keeps the rows meeting {@code where}, in the engine's filter grammar: {@code price>100},
     * {@code side='SELL' and quantity>=1000}. Blank shows all. A condition that cannot be read keeps
     * the rows shown and sets {@link #filterErrorProperty()}.
     */
    public void filter(String where) {
        String next = where == null ? "" : where.strip();
        if (!Objects.equals(next, filter)) {
            filter = next;
            recompute();
        }
    }

    /** Asks for a file and writes the rows as shown (filtered and sorted) to it as CSV, in the background. */
    public void exportShown() {
        RowIndexList shown = rows.get();
        context.dialogs().askSaveFile("Export the rows shown", table.name() + ".csv", ".csv").ifPresent(file ->
                context.tasks().execute(BackgroundTask.of("Export " + file.getFileName(), () -> write(shown, file))
                        .onSuccess(written -> context.dialogs().info("Exported " + DisplayFormat.count(shown.size())
                                + " rows to " + written))
                        .onFailure(error -> context.dialogs().error("Could not export the rows shown", error))));
    }

    private Path write(RowIndexList shown, Path file) throws IOException {
        int[] order = new int[shown.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = shown.rowAt(i);
        }
        // column by column in display order: Table.rows(int...) would put the rows back in table order
        Table view = Table.create(table.name(), table.columns().stream().map(c -> c.subset(order)).toArray(Column<?>[]::new));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            ValueWriter.csv(new TableValue(view), RowRange.ALL, out); // the engine's one CSV writer, as REST and Export use
        }
        return file;
    }

    private void recompute() {
        if (running != null) {
            running.cancel();
        }
        String applied = filter;
        SortKey sorting = sort;
        filterError.set("");
        if (applied.isEmpty() && sorting == null) {
            busy.set(false);
            show(RowIndexList.identity(table.rowCount())); // nothing to compute: every row, in table order
            return;
        }
        busy.set(true);
        status.set(sorting != null ? "Sorting by " + sorting.column() + "…" : "Filtering…");
        running = context.tasks().execute(BackgroundTask.of("Sort and filter the preview", () -> {
            int[] selected = applied.isEmpty() ? identity(table.rowCount()) : RowFilter.select(table, applied).toArray();
            return sorting == null ? selected
                    : RowSorter.sort(selected, table.column(sorting.column()), sorting.ascending());
        }).onSuccess(selected -> {
            busy.set(false);
            show(RowIndexList.of(selected));
        }).onFailure(error -> {
            busy.set(false);
            if (error instanceof InvalidParameterException unreadable) { // the analyst's condition, not a fault: say so by the field
                filterError.set(unreadable.getMessage());
                status.set("Filter not applied");
            } else {
                context.dialogs().error("Could not sort or filter the preview", error);
            }
        }));
    }

    private static int[] identity(int rowCount) {
        int[] rows = new int[rowCount];
        for (int i = 0; i < rowCount; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private void show(RowIndexList list) {
        rows.set(list);
        status.set(list.size() == table.rowCount()
                ? DisplayFormat.count(table.rowCount()) + " rows"
                : DisplayFormat.count(list.size()) + " of " + DisplayFormat.count(table.rowCount()) + " rows match");
    }
}
