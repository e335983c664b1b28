package dev.aside.engine.function;

import dev.aside.engine.InvalidParameterException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Converts a raw parameter (usually a string from HTTP or a form) to its declared type. */
final class ParameterConversion {

    private ParameterConversion() {}

    static <T> T convert(String name, Object raw, ParameterType type, Class<T> as) {
        return as.cast(convert(name, raw, type));
    }

    static Object convert(String name, Object raw, ParameterType type) {
        if (raw instanceof String text) {
            return parse(name, text.trim(), type);
        }
        return switch (type) {
            case STRING -> String.valueOf(raw);
            case INTEGER -> raw instanceof Number n && n.doubleValue() == n.longValue() ? n.longValue()
                    : parse(name, String.valueOf(raw), type);
            case NUMBER -> raw instanceof Number n ? n.doubleValue() : parse(name, String.valueOf(raw), type);
            case BOOLEAN -> raw instanceof Boolean b ? b : parse(name, String.valueOf(raw), type);
            case LIST -> raw instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                    : parse(name, String.valueOf(raw), type);
        };
    }

    private static Object parse(String name, String text, ParameterType type) {
        try {
            return switch (type) {
                case STRING -> text;
                case INTEGER -> Long.parseLong(text);
                case NUMBER -> Double.parseDouble(text);
                case BOOLEAN -> parseBoolean(name, text);
                case LIST -> Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            };
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("Parameter '" + name + "' must be "
                    + (type == ParameterType.INTEGER ? "a whole number" : "a number") + ", was '" + text + "'.", e);
        }
    }

    private static Boolean parseBoolean(String name, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> Boolean.TRUE;
            case "false", "no", "0", "off" -> Boolean.FALSE;
            default -> throw new InvalidParameterException("Parameter '" + name
                    + "' must be true or false, was '" + text + "'.");
        };
    }
}
