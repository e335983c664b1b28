package dev.aside.ui.common;

import dev.aside.engine.ByteSize;
import dev.aside.engine.ItemInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/** How numbers, sizes and times read on screen, the same in every table and label. */
public final class DisplayFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private DisplayFormat() {}

    public static String bytes(long bytes) {
        return bytes < 0 ? "" : ByteSize.format(bytes);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String instant(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public static String millis(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    public static String duration(Duration d) {
        return millis(d.toMillis());
    }

    /** A number for a stats table: integers as such, others with up to four significant decimals. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        if (Math.abs(value) >= 1e4) { // %g would switch to 2.500e+06 here; a mean of millions reads better in full
            return String.format(Locale.ROOT, "%,.1f", value);
        }
        return String.format(Locale.ROOT, "%,.4g", value);
    }

    /** A number given as text (a column's min or max), grouped as {@link #number(double)} does; other text as it is. */
    public static String number(String text) {
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(text)); // exact beyond 2^53, unlike a double
        } catch (NumberFormatException notWhole) {
            try {
                return number(Double.parseDouble(text));
            } catch (NumberFormatException notANumber) {
                return text;
            }
        }
    }

    /** An item's shape as its kind counts it: rows × columns, elements, keys or bytes. */
    public static String shape(ItemInfo info) {
        return switch (info.kind()) {
            case TABLE -> count(info.rows()) + " × " + info.columns();
            case COLLECTION -> count(info.rows()) + " elements";
            case DOCUMENT -> info.columns() + " keys";
            case BYTES -> bytes(info.rows());
        };
    }

    public static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    /** A classic hex dump of the first {@code length} bytes: offset, 16 bytes in hex, printable ASCII. */
    public static String hexDump(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length * 4);
        HexFormat hex = HexFormat.of();
        for (int offset = 0; offset < length; offset += 16) {
            int end = Math.min(offset + 16, length);
            out.append(String.format("%08x  ", offset));
            for (int i = offset; i < offset + 16; i++) {
                out.append(i < end ? hex.toHexDigits(bytes[i]) + " " : "   ");
            }
            out.append(' ');
            for (int i = offset; i < end; i++) {
                char c = (char) (bytes[i] & 0xff);
                out.append(c >= 32 && c < 127 ? c : '.');
            }
            out.append('\n');
        }
        return out.toString();
    }

}
