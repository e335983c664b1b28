package dev.aside.ui.common;

import dev.aside.engine.ItemKey;

/** How the console names an item's storage: the words an analyst uses, not the engine's short names. */
public final class StorageLabel {

    private StorageLabel() {}

    /** "Drive folder" for {@code sd}, "S3" for {@code s3}, "written" for a value a function wrote. */
    public static String of(String storage) {
        if (storage == null) {
            return "written";
        }
        return switch (storage) {
            case "sd" -> "Drive folder";
            case "s3" -> "S3";
            default -> storage;
        };
    }

    /** The storage's label and the path, e.g. {@code S3 · data/a.csv}. */
    public static String describe(ItemKey key) {
        return of(key.storage()) + " · " + key.path();
    }
}
