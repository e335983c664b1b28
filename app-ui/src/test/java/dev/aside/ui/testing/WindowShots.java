package dev.aside.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes what a window shows as a PNG, for a person to look at: the screenshot tour's and the benchmarks'. */
public final class WindowShots {

    private final Path folder;

    public WindowShots(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code window} as {@code <name>.png} once pending UI events ran; returns the file. */
    public Path shoot(Window window, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().getRoot().snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("Cannot write " + file, e);
        }
        System.out.println("screenshot " + file);
        return file;
    }
}
