package dev.aside.engine.function;

import dev.aside.engine.InvalidParameterException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a call's raw parameters into {@link Kwargs}: declared ones are checked and converted,
 * defaults filled in, undeclared ones passed through unchanged (the seed passed every query
 * parameter to {@code main}).
 */
final class ParameterBinder {

    private ParameterBinder() {}

    static Kwargs bind(FunctionInfo function, Map<String, String> raw) {
        Map<String, Object> bound = new LinkedHashMap<>();
        for (ParameterSpec spec : function.parameters()) {
            String given = raw.get(spec.name());
            if (given != null) {
                bound.put(spec.name(), ParameterConversion.convert(spec.name(), given, spec.type()));
            } else if (spec.required()) {
                throw new InvalidParameterException("Function '" + function.name() + "' needs parameter '"
                        + spec.name() + "'" + (spec.help().isEmpty() ? "" : " (" + spec.help() + ")") + ".");
            } else if (spec.defaultValue() != null) {
                bound.put(spec.name(), ParameterConversion.convert(spec.name(), spec.defaultValue(), spec.type()));
            }
        }
        raw.forEach(bound::putIfAbsent);
        return Kwargs.of(bound);
    }
}
