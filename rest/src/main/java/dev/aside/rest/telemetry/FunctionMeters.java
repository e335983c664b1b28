package dev.aside.rest.telemetry;

import dev.aside.engine.function.FunctionRegistry;
import dev.aside.engine.function.FunctionWorkload;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;

/** What user functions hold of the server, read from {@link FunctionRegistry#workload()} when scraped. */
final class FunctionMeters implements MeterBinder {

    private final FunctionRegistry functions;

    FunctionMeters(FunctionRegistry functions) {
        this.functions = functions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "aside.functions.running", "User-function calls running.", FunctionWorkload::running);
        gauge(registry, "aside.functions.queued", "User-function calls waiting for a worker.", FunctionWorkload::queued);
        gauge(registry, "aside.functions.abandoned", "Threads of timed-out user functions that ignored the interrupt.",
                FunctionWorkload::abandoned);
        gauge(registry, "aside.functions.abandoned.cap", "Abandoned threads at which user functions are refused.",
                FunctionWorkload::abandonedCap);
    }

    private void gauge(MeterRegistry registry, String name, String help, ToDoubleFunction<FunctionWorkload> value) {
        Gauge.builder(name, functions, f -> value.applyAsDouble(f.workload())).description(help).register(registry);
    }
}
