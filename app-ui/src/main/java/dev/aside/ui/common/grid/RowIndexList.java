package dev.aside.ui.common.grid;

import javafx.collections.ObservableListBase;

/**
 * The preview grid's items: row numbers of the table, in display order, without a boxed element per
 * row. Ten million rows cost nothing until sorted or filtered (then one {@code int[]}); the grid
 * asks only for the rows on screen. Each sort or filter produces a new list rather than a change
 * event over millions of elements, so the UI thread never walks the whole table.
 */
public final class RowIndexList extends ObservableListBase<Integer> {

    private final int[] order;
    private final int size;

    private RowIndexList(int[] order, int size) {
        this.order = order;
        this.size = size;
    }

    /** Rows 0 to {@code rowCount - 1} in table order. */
    public static RowIndexList identity(int rowCount) {
        return new RowIndexList(null, rowCount);
    }

    /** The given rows in the given order; the array is owned by the list from now on. */
    public static RowIndexList of(int[] rows) {
        return new RowIndexList(rows, rows.length);
    }

    @Override
    public Integer get(int index) {
        return rowAt(index);
    }

    /** The table row shown at {@code index}, unboxed. */
    public int rowAt(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return order == null ? index : order[index];
    }

    @Override
    public int size() {
        return size;
    }
}
