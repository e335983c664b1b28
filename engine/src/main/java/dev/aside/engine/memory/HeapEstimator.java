package dev.aside.engine.memory;

import dev.aside.engine.value.Value;

/** Placeholder until the formats branch lands its measured estimator. */
public final class HeapEstimator {

    private HeapEstimator() {}

    public static long estimate(Value value) {
        return 64 + value.rows() * Math.max(1, value.columns()) * 8L;
    }
}
