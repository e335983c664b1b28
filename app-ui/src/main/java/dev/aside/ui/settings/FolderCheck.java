package dev.aside.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a folder the analyst typed can serve as a folder Aside writes into at the next start: one
 * that exists, or one that can be made because its nearest existing parent is a folder we may
 * write in. Nothing is created here: the choice applies at the next start, which makes the folder.
 */
final class FolderCheck {

    private FolderCheck() {}

    static boolean existsOrCanBeMade(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return Files.isDirectory(absolute);
        }
        Path parent = absolute.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        return parent != null && Files.isDirectory(parent) && Files.isWritable(parent);
    }
}
