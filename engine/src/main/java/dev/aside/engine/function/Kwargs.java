package dev.aside.engine.function;

import dev.aside.engine.InvalidParameterException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The keyword parameters of one call, the seed's {@code **kwargs}. Declared parameters arrive
 * converted to their {@link ParameterType} (defaults filled in); parameters a function did not declare
 * arrive as the raw strings. The typed getters convert either form, so a function reads
 * {@code kwargs.integer("limit", 20)} whether or not it declared {@code limit}. A value that cannot
 * be converted is an {@link InvalidParameterException} naming the parameter. Immutable.
 */
public final class Kwargs {

    private final Map<String, Object> values;

    private Kwargs(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.forEach((name, value) -> Objects.requireNonNull(value, name));
        this.values = Collections.unmodifiableMap(copy);
    }

    /** Keyword parameters as given, for calling a function directly (tests, other functions). */
    public static Kwargs of(Map<String, ?> values) {
        return new Kwargs(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value as held (a converted object or a raw string), or null when absent. */
    public Object get(String name) {
        return values.get(name);
    }

    public String string(String name) {
        return String.valueOf(require(name));
    }

    public String string(String name, String fallback) {
        return has(name) ? string(name) : fallback;
    }

    public long integer(String name) {
        return ParameterConversion.convert(name, require(name), ParameterType.INTEGER, Long.class);
    }

    public long integer(String name, long fallback) {
        return has(name) ? integer(name) : fallback;
    }

    public double number(String name) {
        return ParameterConversion.convert(name, require(name), ParameterType.NUMBER, Double.class);
    }

    public double number(String name, double fallback) {
        return has(name) ? number(name) : fallback;
    }

    public boolean bool(String name, boolean fallback) {
        return has(name) ? ParameterConversion.convert(name, values.get(name), ParameterType.BOOLEAN, Boolean.class)
                : fallback;
    }

    /** A list parameter; empty when absent. */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return has(name) ? ParameterConversion.convert(name, values.get(name), ParameterType.LIST, List.class)
                : List.of();
    }

    /** Every parameter, in the order given. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new InvalidParameterException("Parameter '" + name + "' is required.");
        }
        return value;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
