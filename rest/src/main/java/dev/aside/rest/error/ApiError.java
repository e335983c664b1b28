package dev.aside.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error response, under {@code "error"}.
 *
 * @param status the HTTP status, repeated for clients that only keep the body
 * @param type a stable machine-readable name, e.g. {@code item_not_found}
 * @param message what went wrong and what to do, safe to show a person
 * @param diagnostics compiler errors of a function that does not compile, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String type, String message, List<Diagnostic> diagnostics) {

    /** One compiler error: 1-based line and column in the submitted source (0 when unknown). */
    public record Diagnostic(long line, long column, String message) {}

    /** The JSON document sent: {@code {"error": {...}}}. */
    public record Body(ApiError error) {}
}
