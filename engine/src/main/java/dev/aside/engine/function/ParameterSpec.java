package dev.aside.engine.function;

import java.util.Objects;

/**
 * One declared parameter of a function, enough for a REST layer to validate a request and for a
 * console to draw a form field.
 *
 * @param name the keyword, an identifier
 * @param type how the raw string is converted
 * @param required true when a call must supply it
 * @param defaultValue the raw value used when the call leaves it out, or null for none
 * @param help one line for a tooltip or an error message
 */
public record ParameterSpec(String name, ParameterType type, boolean required, String defaultValue, String help) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        help = help == null ? "" : help;
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("Parameter '" + name + "' is required, so it cannot have a default");
        }
    }

    public static ParameterSpec required(String name, ParameterType type, String help) {
        return new ParameterSpec(name, type, true, null, help);
    }

    /** An optional parameter; {@code defaultValue} is in raw form ({@code "10"}), or null for none. */
    public static ParameterSpec optional(String name, ParameterType type, String defaultValue, String help) {
        return new ParameterSpec(name, type, false, defaultValue, help);
    }
}
