package dev.aside.rest.error;

import dev.aside.engine.InvalidParameterException;
import io.javalin.http.Context;

/**
 * Decodes the query string before any route reads it, so a bad %-escape ({@code %zz}, a lone {@code %})
 * is one 400 that says so, wherever it is sent, instead of a failure deep in a handler.
 */
public final class MalformedQuery {

    private MalformedQuery() {}

    public static void check(Context ctx) {
        if (ctx.queryString() == null) {
            return;
        }
        try {
            ctx.queryParamMap();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("The query string has a malformed %-escape: write '%' as %25 and "
                    + "URL-encode the values (curl --data-urlencode does).");
        }
    }
}
