package dev.aside.engine.sor;

import dev.aside.engine.InvalidParameterException;

/** The bounds of {@link SystemOfRecord#list}'s page size, checked the same way by every SOR. */
public final class PageSize {

    public static final int MIN = 1;
    /** S3's ListObjectsV2 returns at most 1000 keys; directories keep the same contract. */
    public static final int MAX = 1000;

    private PageSize() {}

    /** Returns {@code pageSize} when it is within bounds. */
    public static int require(int pageSize) {
        if (pageSize < MIN || pageSize > MAX) {
            throw new InvalidParameterException("Page size must be between " + MIN + " and " + MAX
                    + ", was " + pageSize + ".");
        }
        return pageSize;
    }
}
