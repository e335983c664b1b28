package dev.aside.ui.cache;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The Cache screen's freshness column: a coloured badge per row (green current, amber stale, red
 * unreachable, grey not checked or no SOR), from the engine's freshness check.
 */
final class FreshnessBadge extends TableCell<CacheRow, String> {

    private static final String[] STYLES = {"badge-current", "badge-stale", "badge-unreachable", "badge-unknown"};

    private final Label badge = new Label();

    private FreshnessBadge() {
        badge.getStyleClass().add("badge");
    }

    static TableColumn<CacheRow, String> column() {
        TableColumn<CacheRow, String> column = new TableColumn<>("Freshness");
        column.setId("cache-freshness");
        column.setPrefWidth(100);
        column.setCellValueFactory(c -> Bindings.createStringBinding(c.getValue()::staleText,
                c.getValue().dependencies()));
        column.setCellFactory(c -> new FreshnessBadge());
        return column;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        if (empty || text == null) {
            setGraphic(null);
            return;
        }
        badge.setText(text);
        badge.getStyleClass().removeAll(STYLES);
        badge.getStyleClass().add(switch (text) {
            case "current" -> "badge-current";
            case "stale" -> "badge-stale";
            case "unreachable" -> "badge-unreachable";
            default -> "badge-unknown";
        });
        setGraphic(badge);
    }
}
