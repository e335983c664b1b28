package dev.aside.engine.sql;

import dev.aside.engine.AsideException;
import dev.aside.engine.FunctionCancelledException;
import dev.aside.engine.FunctionTimeoutException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns DuckDB's errors into the engine's. DuckDB ends a message with the offending line and a
 * caret under the position, e.g. {@code LINE 1: SELECT * FORM x} then {@code ^} under {@code x};
 * a long line is shown cut, with {@code ...} at the cut, so the position is found by locating the
 * shown part in the query's own line.
 */
final class SqlErrors {

    private static final Pattern SHOWN_LINE = Pattern.compile("(?m)^(LINE (\\d+): )(.*)\\R( *)\\^");
    private static final String CUT = "...";

    private SqlErrors() {}

    /**
     * Why a running query failed: its time ran out (the watch stopped it), it was cancelled (its
     * cursor or its thread), or the query itself is wrong or refused.
     */
    static AsideException of(String query, QueryWatch watch, boolean cancelled, SQLException e) {
        if (watch.timedOut()) {
            return new FunctionTimeoutException("The SQL query ran past its time limit and was stopped.", e);
        }
        if (cancelled || Thread.currentThread().isInterrupted()) {
            return new FunctionCancelledException("The SQL query was cancelled.", e);
        }
        return invalid(query, e);
    }

    static AsideException invalid(String query, SQLException e) {
        String message = e.getMessage() == null ? "DuckDB gave no reason" : e.getMessage();
        int newline = message.indexOf('\n');
        String first = (newline < 0 ? message : message.substring(0, newline)).strip();
        Matcher shown = SHOWN_LINE.matcher(message);
        if (!shown.find()) {
            return new InvalidQueryException("The SQL query failed: " + first, 0, 0, e);
        }
        int line = Integer.parseInt(shown.group(2));
        int caret = shown.group(4).length() - shown.group(1).length();
        int column = columnInQuery(query, line, shown.group(3), caret);
        String where = column > 0 ? " (line " + line + ", column " + column + ")" : "";
        return new InvalidQueryException("The SQL query failed: " + first + where, line, column, e);
    }

    /** The 1-based column of {@code caret} (an index into the shown text) in the query's line; 0 if not found. */
    private static int columnInQuery(String query, int line, String shownText, int caret) {
        String[] lines = query.split("\\R", -1);
        if (line < 1 || line > lines.length || caret < 0) {
            return 0;
        }
        String text = shownText;
        int skipped = 0;
        if (text.startsWith(CUT)) {
            text = text.substring(CUT.length());
            skipped = CUT.length();
        }
        if (text.endsWith(CUT)) {
            text = text.substring(0, text.length() - CUT.length());
        }
        int start = lines[line - 1].indexOf(text);
        return start < 0 ? 0 : start + caret - skipped + 1;
    }
}
