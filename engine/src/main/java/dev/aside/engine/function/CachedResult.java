package dev.aside.engine.function;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a function whose results are kept in the cache, the seed's {@code @compute_result}. A result
 * is stored under {@code fn/<name>/<hash>}, the hash covering the function's code version and its
 * parameters, and is served again for the same call until a cache item the call read is updated,
 * replaced or deleted. Only put it on functions whose result depends on nothing but their parameters
 * and the cache items they read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CachedResult {}
