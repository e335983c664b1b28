package dev.aside.engine.function;

/** How a raw string parameter is converted before it reaches a function. */
public enum ParameterType {
    /** Passed as it came. */
    STRING,
    /** A whole number, as a {@code Long}. */
    INTEGER,
    /** A decimal number, as a {@code Double}. */
    NUMBER,
    /** {@code true/false}, {@code yes/no}, {@code 1/0}, as a {@code Boolean}. */
    BOOLEAN,
    /** Comma-separated values, trimmed, empty ones dropped, as a {@code List<String>}. */
    LIST
}
