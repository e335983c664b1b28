package dev.aside.ui.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * A JSON tree whose children are built when a node is first expanded, so a collection of a million
 * elements opens as fast as a small document.
 */
final class JsonTreeView extends TreeView<String> {

    /** Children shown per node; the rest are summarised in one line. */
    private static final int MAX_CHILDREN = 1000;

    JsonTreeView(JsonNode root) {
        setId("item-json-tree");
        TreeItem<String> item = node("$", root);
        item.setExpanded(true);
        setRoot(item);
    }

    private static TreeItem<String> node(String label, JsonNode json) {
        if (json.isContainerNode()) {
            String summary = json.isArray() ? "[" + json.size() + " elements]" : "{" + json.size() + " keys}";
            return new LazyItem(label + " " + summary, json);
        }
        return new TreeItem<>(label + ": " + json.toString());
    }

    private static final class LazyItem extends TreeItem<String> {
        private final JsonNode json;
        private boolean built;

        LazyItem(String label, JsonNode json) {
            super(label);
            this.json = json;
        }

        @Override
        public boolean isLeaf() {
            return json.isEmpty();
        }

        @Override
        public ObservableList<TreeItem<String>> getChildren() {
            if (!built) {
                built = true;
                int shown = 0;
                if (json.isArray()) {
                    for (JsonNode element : json) {
                        if (shown == MAX_CHILDREN) {
                            break;
                        }
                        super.getChildren().add(node("[" + shown++ + "]", element));
                    }
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = json.properties().iterator();
                            it.hasNext() && shown < MAX_CHILDREN; shown++) {
                        Map.Entry<String, JsonNode> field = it.next();
                        super.getChildren().add(node(field.getKey(), field.getValue()));
                    }
                }
                if (json.size() > shown) {
                    super.getChildren().add(new TreeItem<>("… " + (json.size() - shown) + " more (see Raw)"));
                }
            }
            return super.getChildren();
        }
    }
}
