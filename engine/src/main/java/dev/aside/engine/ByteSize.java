package dev.aside.engine;

import java.util.Locale;

/** Parses and prints byte sizes as people write them: {@code 512m}, {@code 2g}, {@code 1.5GB}. */
public final class ByteSize {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private ByteSize() {}

    public static long parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
        if (s.isEmpty()) {
            throw new InvalidParameterException("A size is required, e.g. 512m or 2g.");
        }
        long multiplier = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1;
        };
        String number = multiplier == 1 ? s : s.substring(0, s.length() - 1);
        try {
            double value = Double.parseDouble(number);
            if (value <= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return (long) (value * multiplier);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("'" + text + "' is not a size; write a positive number "
                    + "with an optional unit k, m, g or t, e.g. 512m or 2g.");
        }
    }

    /** A short human form: {@code 1.5 GiB}. */
    public static String format(long bytes) {
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
