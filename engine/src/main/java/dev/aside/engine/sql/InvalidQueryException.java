package dev.aside.engine.sql;

import dev.aside.engine.InvalidParameterException;
import java.util.OptionalInt;

/**
 * A query that cannot run: a syntax or type error, an unknown table or column, or something the
 * sandbox refuses (a file, a setting, a statement that is not one SELECT). The message is DuckDB's
 * first line (safe to show); the position, when DuckDB names one, lets an editor put the cursor there.
 */
public class InvalidQueryException extends InvalidParameterException {

    private final int line;
    private final int column;

    public InvalidQueryException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the error in the query, when DuckDB named a position. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The 1-based column of the error in its line, when DuckDB named a position. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
