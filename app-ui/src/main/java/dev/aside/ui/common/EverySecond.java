package dev.aside.ui.common;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/** Samples something once a second on the FX thread while a node is on screen, and once at once. */
public final class EverySecond {

    private EverySecond() {}

    public static void whileShown(Node node, Runnable sample) {
        sample.run();
        Timeline sampling = new Timeline(new KeyFrame(Duration.seconds(1), e -> sample.run()));
        sampling.setCycleCount(Timeline.INDEFINITE);
        sampling.play();
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                sampling.stop();
            } else {
                sampling.play();
            }
        });
    }
}
