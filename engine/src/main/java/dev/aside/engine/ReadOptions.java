package dev.aside.engine;

/**
 * How a read goes to the system of record when it has to.
 *
 * @param storage the SOR to load from on a miss ({@code s3}, {@code sd}); null for the default
 * @param validate true to compare the SOR's ETag / last-modified with the cached copy first and
 *     reload a stale item; costs one SOR metadata request per read
 */
public record ReadOptions(String storage, boolean validate) {

    public static final ReadOptions DEFAULT = new ReadOptions(null, false);

    public static ReadOptions storage(String storage) {
        return new ReadOptions(storage, false);
    }

    public ReadOptions validating() {
        return new ReadOptions(storage, true);
    }
}
