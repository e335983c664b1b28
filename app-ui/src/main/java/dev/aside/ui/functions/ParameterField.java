package dev.aside.ui.functions;

import dev.aside.engine.function.ParameterSpec;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One field of a function's generated form: the declared parameter and what the analyst typed. */
public final class ParameterField {

    private final ParameterSpec spec;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    ParameterField(ParameterSpec spec) {
        this.spec = spec;
        value.set(spec.defaultValue() == null ? "" : spec.defaultValue());
    }

    public ParameterSpec spec() {
        return spec;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** The label: the name, with a star when required, and the type. */
    public String label() {
        return spec.name() + (spec.required() ? " *" : "") + "  (" + spec.type().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    boolean isBlank() {
        return value.get() == null || value.get().isBlank();
    }
}
