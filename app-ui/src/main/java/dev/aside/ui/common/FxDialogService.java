package dev.aside.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The application's {@link DialogService}: notifications go to a list the {@link NotificationsView}
 * shows as toasts, file choices to the platform's file chooser over the main window.
 */
public final class FxDialogService implements DialogService {

    /** Kept on screen at once; older ones are dropped so a burst of failures cannot fill the window. */
    private static final int MAX_SHOWN = 5;

    private final ObservableList<Notification> shown = FXCollections.observableArrayList();
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    public ObservableList<Notification> shown() {
        return shown;
    }

    @Override
    public void notify(Notification notification) {
        shown.add(notification);
        while (shown.size() > MAX_SHOWN) {
            shown.remove(0);
        }
    }

    @Override
    public Optional<Path> askSaveFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, "*" + extension));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> askFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
