package dev.aside.engine.function.builtin;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A number drawn uniformly between {@code start} and {@code stop}, like Python's random.uniform. */
final class RandomNumber implements AsideFunction {

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        double start = kwargs.number("start");
        double stop = kwargs.number("stop");
        if (!Double.isFinite(start) || !Double.isFinite(stop) || start > stop) {
            throw new InvalidParameterException("random_number needs finite numbers with start <= stop, was start="
                    + start + ", stop=" + stop + ".");
        }
        return start + (stop - start) * ThreadLocalRandom.current().nextDouble();
    }

    @Override
    public String description() {
        return "A random number between start and stop.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.optional("start", ParameterType.NUMBER, "0", "Lower bound"),
                ParameterSpec.optional("stop", ParameterType.NUMBER, "1", "Upper bound"));
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
