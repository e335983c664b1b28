package dev.aside.rest.error;

import dev.aside.engine.InvalidParameterException;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Checks URL-encoded text (a query string, a form body) before anything reads it. Javalin drops a value
 * whose %-escape is malformed ({@code %zz}, a lone {@code %}) and leaves its name with no value, so a bad
 * escape would otherwise surface as a failure deep in a handler; here it is one 400 that says so.
 */
public final class PercentEscapes {

    private PercentEscapes() {}

    /** The query string of every request; registered as a before-handler. */
    public static void checkQuery(Context ctx) {
        check(ctx.queryString(), "query string");
    }

    /** @throws InvalidParameterException when {@code text} has a malformed %-escape */
    public static void check(String text, String where) {
        if (text == null || text.indexOf('%') < 0) {
            return;
        }
        try {
            URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("The " + where + " has a malformed %-escape: write '%' as %25 and "
                    + "URL-encode the values (curl --data-urlencode does).");
        }
    }
}
