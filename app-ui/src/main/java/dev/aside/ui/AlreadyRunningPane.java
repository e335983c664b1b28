package dev.aside.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown instead of the console when another Aside holds the cache folder: says so, and offers to
 * open another cache folder (or to quit), rather than switching silently to something else.
 */
final class AlreadyRunningPane extends VBox {

    /**
     * @param chooseFolder asks the analyst for a folder; empty when they cancel
     * @param openOther tries a chosen folder; false when that one is in use too
     */
    AlreadyRunningPane(Path cacheFolder, Supplier<Optional<Path>> chooseFolder, Predicate<Path> openOther,
            Runnable quit) {
        super(12);
        setId("already-running");
        setPadding(new Insets(24));
        Label title = new Label("Aside is already running with this cache folder");
        title.setId("already-running-title");
        title.getStyleClass().add("title-3");
        Label detail = new Label(cacheFolder + " is in use by another Aside window or server. Switch to it, "
                + "or open another cache folder here.");
        detail.setWrapText(true);
        Label problem = new Label();
        problem.setId("already-running-problem");
        problem.getStyleClass().add("danger");
        Button other = new Button("Open another cache folder…");
        other.setId("already-running-open-other");
        other.setDefaultButton(true);
        other.setOnAction(e -> chooseFolder.get().ifPresent(chosen -> {
            if (!openOther.test(chosen)) {
                problem.setText(chosen + " is in use too; choose another folder.");
            }
        }));
        Button exit = new Button("Quit");
        exit.setOnAction(e -> quit.run());
        getChildren().addAll(title, detail, new HBox(8, other, exit), problem);
    }
}
