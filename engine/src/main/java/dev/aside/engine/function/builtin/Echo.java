package dev.aside.engine.function.builtin;

import dev.aside.engine.function.AsideFunction;
import dev.aside.engine.function.FunctionContext;
import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.Kwargs;
import dev.aside.engine.function.ParameterSpec;
import dev.aside.engine.function.ParameterType;
import java.util.List;

/** Returns its {@code message}: the smallest possible call, for checking the service is up. */
final class Echo implements AsideFunction {

    @Override
    public Object main(FunctionContext context) {
        Kwargs kwargs = context.params();
        return kwargs.string("message");
    }

    @Override
    public String description() {
        return "Returns the message it is given.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.optional("message", ParameterType.STRING, "", "The text to return"));
    }

    @Override
    public FunctionEffect effect() {
        return FunctionEffect.READS_ONLY;
    }
}
