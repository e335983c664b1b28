package dev.aside.ui.common;

/** A storage as the analyst knows it: "Drive folder" and "S3", not the engine's names {@code sd} and {@code s3}. */
public final class StorageNames {

    private StorageNames() {}

    /** @param storage the engine's storage name, or null for an item a function wrote */
    public static String describe(String storage) {
        if (storage == null) {
            return "Written by a function";
        }
        return switch (storage) {
            case "sd" -> "Drive folder";
            case "s3" -> "S3";
            default -> storage;
        };
    }
}
