package dev.aside.engine;

/** What a cached value is; decides how it is stored on disk and shown to a person. */
public enum ItemKind {
    /** A DataFrame (a Tablesaw table), from Parquet or CSV, or written by a function. */
    TABLE,
    /** A JSON object. */
    DOCUMENT,
    /** A JSON array. */
    COLLECTION,
    /** Raw bytes. */
    BYTES
}
