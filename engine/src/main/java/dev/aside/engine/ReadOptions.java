package dev.aside.engine;

/**
 * How a read treats a cached copy.
 *
 * @param validate true to compare the SOR's ETag / last-modified with the cached copy first and
 *     reload a stale item; costs one SOR metadata request per read
 */
public record ReadOptions(boolean validate) {

    public static final ReadOptions DEFAULT = new ReadOptions(false);

    public static final ReadOptions VALIDATE = new ReadOptions(true);
}
