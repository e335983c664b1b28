package dev.aside.engine.spec;

/** Observes a preload item by item; called on pool threads, so it must be thread-safe and quick. */
@FunctionalInterface
public interface PreloadListener {

    void onProgress(PreloadProgress progress);
}
