package dev.aside.engine.function.builtin;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Pi to a number of digits after the point (as the seed printed it, cut, not rounded), by Machin's formula. */
final class Pi implements AsideFunction {

    /** Keeps one call well under a second; the seed had no use for more. */
    static final int MAX_DIGITS = 10_000;
    /** Guard digits so that rounding to the asked precision is exact. */
    private static final int GUARD = 10;

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        long digits = kwargs.integer("significant_digits");
        if (digits < 1 || digits > MAX_DIGITS) {
            throw new InvalidParameterException("significant_digits must be between 1 and " + MAX_DIGITS
                    + ", was " + digits + ".");
        }
        return pi((int) digits).toPlainString();
    }

    /** {@code decimals} digits after the point, cut: the seed's {@code 3.1415926535} for 10. */
    static BigDecimal pi(int decimals) {
        MathContext work = new MathContext(decimals + 1 + GUARD);
        BigDecimal pi = arctanOfInverse(5, work).multiply(BigDecimal.valueOf(16))
                .subtract(arctanOfInverse(239, work).multiply(BigDecimal.valueOf(4)));
        return pi.setScale(decimals, RoundingMode.DOWN);
    }

    /** arctan(1/x) by its Taylor series. */
    private static BigDecimal arctanOfInverse(int x, MathContext mc) {
        BigDecimal xSquared = BigDecimal.valueOf((long) x * x);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(x), mc);
        BigDecimal sum = power;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 1);
        for (int n = 1; power.compareTo(epsilon) > 0; n++) {
            power = power.divide(xSquared, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = n % 2 == 1 ? sum.subtract(term, mc) : sum.add(term, mc);
        }
        return sum;
    }

    @Override
    public String description() {
        return "The digits of pi.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.optional("significant_digits", ParameterType.INTEGER, "10",
                "How many digits after the point, as the seed printed (1 to " + MAX_DIGITS + ")"));
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
