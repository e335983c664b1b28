package dev.aside.ui.common;

import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Read-only text columns for the console's tables, the same width and formatting rules everywhere. */
public final class TextColumn {

    private TextColumn() {}

    /**
     * A column showing {@code text} of each row. Avoid a width of 80: it is TableView's default, which
     * makes the skin measure rows to fit the column, costly on a grid of millions.
     */
    public static <T> TableColumn<T, String> of(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(text.apply(c.getValue())));
        return column;
    }

    /**
     * A live column that shows {@code text} but sorts by {@code value} (bytes, counts, millis,
     * instants as epoch millis), right-aligned: "224.3 MiB" sorts above "30.1 KiB".
     */
    public static <T> TableColumn<T, Long> liveNumber(String title, double width, ToLongFunction<T> value,
            Function<T, String> text, Function<T, Observable[]> dependencies) {
        TableColumn<T, Long> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> Bindings.createObjectBinding(() -> value.applyAsLong(c.getValue()),
                dependencies.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : text.apply(row));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** A column whose cells follow the row's observable {@code dependencies} as they change. */
    public static <T> TableColumn<T, String> live(String title, double width, Function<T, String> text,
            Function<T, Observable[]> dependencies) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> text.apply(c.getValue()),
                dependencies.apply(c.getValue())));
        return column;
    }
}
