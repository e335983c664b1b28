package dev.aside.rest.functions;

import dev.aside.engine.function.FunctionInfo;
import dev.aside.engine.function.ParameterSpec;
import java.util.List;
import java.util.Locale;

/**
 * A function as the API shows it: its name, origin, parameters, the file it came from (the file
 * name only, never the server's folder) and its declared effect ({@code reads_only},
 * {@code writes_cache}, {@code runs_caller_code}).
 */
public record FunctionView(String name, String origin, String description, List<Parameter> parameters,
        String sourceFile, String version, boolean cachesResult, String effect) {

    /** One keyword parameter: its type, whether it is required, its default in raw form, and help. */
    public record Parameter(String name, String type, boolean required, String defaultValue, String help) {}

    public static FunctionView of(FunctionInfo info) {
        return new FunctionView(info.name(), info.origin().name().toLowerCase(Locale.ROOT), info.description(),
                info.parameters().stream().map(FunctionView::parameter).toList(),
                info.sourceFile() == null ? null : info.sourceFile().getFileName().toString(), info.version(),
                info.cachesResult(), info.effect().name().toLowerCase(Locale.ROOT));
    }

    private static Parameter parameter(ParameterSpec spec) {
        return new Parameter(spec.name(), spec.type().name().toLowerCase(Locale.ROOT), spec.required(),
                spec.defaultValue(), spec.help());
    }
}
