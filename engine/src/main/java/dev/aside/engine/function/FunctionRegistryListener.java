package dev.aside.engine.function;

/** Observes functions being added, replaced or removed, e.g. to refresh a console's list. */
@FunctionalInterface
public interface FunctionRegistryListener {

    void onChange(FunctionRegistryEvent event);
}
