package dev.aside.engine.spec;

/**
 * Where a preload (or a refresh round) stands after one more item finished.
 *
 * @param key the item that just finished
 * @param error its person-safe failure message, or null when it loaded
 * @param itemsDone items finished so far, loaded or failed
 * @param itemsTotal items in this run
 * @param bytesDone SOR bytes of the finished items
 * @param bytesTotal SOR bytes of all items (those whose size is known)
 */
public record PreloadProgress(String key, String error, int itemsDone, int itemsTotal, long bytesDone, long bytesTotal) {

    public boolean failed() {
        return error != null;
    }
}
