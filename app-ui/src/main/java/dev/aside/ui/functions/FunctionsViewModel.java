package dev.aside.ui.functions;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.function.FunctionCall;
import dev.aside.engine.function.FunctionInfo;
import dev.aside.engine.function.FunctionOrigin;
import dev.aside.engine.function.FunctionRegistry;
import dev.aside.engine.function.FunctionRegistryListener;
import dev.aside.engine.function.FunctionResult;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import dev.aside.engine.value.TableValue;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import dev.aside.ui.common.ErrorMessages;
import dev.aside.ui.common.ValueText;
import dev.aside.ui.common.grid.TableGridModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Functions screen: the registry's functions (built-in, plugin, user), a form generated from the
 * selected one's parameters, and one call at a time run in the background with a cancel. The list
 * follows the registry's own events, so a function deployed over REST or dropped into the folder
 * appears here too.
 */
public final class FunctionsViewModel implements AutoCloseable {


    private final ConsoleContext context;
    private final FunctionRegistry registry;
    private final ObservableList<FunctionInfo> functions = FXCollections.observableArrayList();
    private final ObjectProperty<FunctionInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ParameterField> fields = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<FunctionOutput> output = new ReadOnlyObjectWrapper<>(this, "output");
    private final FunctionRegistryListener listener;
    private FunctionCall call;
    private BackgroundTask<FunctionOutput> waiting;

    public FunctionsViewModel(ConsoleContext context) {
        this.context = context;
        this.registry = context.engine().functions();
        this.listener = event -> context.uiThread().execute(this::reloadList);
        registry.addListener(listener);
        selected.addListener((obs, old, function) -> {
            if (function != null && old != null && function.name().equals(old.name())) {
                return; // the same function reloaded (e.g. redeployed): keep the form and the result
            }
            output.set(null); // a result belongs to the function that produced it
            status.set("");
            fields.setAll(function == null ? List.of() : function.parameters().stream().map(ParameterField::new).toList());
        });
        reloadList();
    }

    public ObservableList<FunctionInfo> functions() {
        return functions;
    }

    public ObjectProperty<FunctionInfo> selectedProperty() {
        return selected;
    }

    public ObservableList<ParameterField> fields() {
        return fields;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FunctionOutput> outputProperty() {
        return output.getReadOnlyProperty();
    }

    /** The cached items' keys, offered for a {@code key} parameter. */
    public List<String> cachedKeys() {
        return context.cache().list().stream().map(i -> String.valueOf(i.key())).sorted().toList();
    }

    /** Whether the selected function was deployed by a user, so it can be edited and deleted. */
    public boolean selectedIsDeployed() {
        return selected.get() != null && selected.get().origin() == FunctionOrigin.USER
                && selected.get().sourceFile() != null && selected.get().sourceFile().toString().endsWith(".java");
    }

    /** Deletes the selected deployed function from the registry and the functions folder, in the background. */
    public void deleteSelected() {
        if (!selectedIsDeployed()) {
            return;
        }
        String name = selected.get().name();
        context.tasks().execute(BackgroundTask.of("Delete function " + name, () -> {
            registry.undeploy(name);
            return name;
        }).onSuccess(deleted -> {
            status.set("Deleted " + deleted + ".");
            context.dialogs().info("Deleted function " + deleted);
        }).onFailure(error -> context.dialogs().error("Could not delete " + name, error)));
    }

    /** Selects a function by name, e.g. after deploying it. */
    public void select(String name) {
        functions.stream().filter(f -> f.name().equals(name)).findFirst().ifPresent(selected::set);
    }

    private void reloadList() {
        String keep = selected.get() == null ? null : selected.get().name();
        functions.setAll(registry.list());
        if (keep != null) {
            select(keep);
        }
    }

    /** Starts the selected function with the form's values; blank optional fields are left out. */
    public void run() {
        FunctionInfo function = selected.get();
        if (function == null || running.get()) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (ParameterField field : fields) {
            if (!field.isBlank()) {
                params.put(field.spec().name(), field.valueProperty().get().strip());
            } else if (field.spec().required()) {
                status.set("'" + field.spec().name() + "' is required.");
                return;
            }
        }
        try {
            call = registry.submit(function.name(), params);
        } catch (InvalidParameterException e) {
            status.set(e.getMessage());
            return;
        } catch (RuntimeException e) {
            context.dialogs().error("Could not call " + function.name(), e);
            return;
        }
        FunctionCall started = call;
        running.set(true);
        status.set("Running " + function.name() + "…");
        waiting = context.tasks().execute(BackgroundTask.of("Function " + function.name(), () -> render(started.get()))
                .onSuccess(result -> {
                    running.set(false);
                    status.set(result.summary());
                    output.set(result);
                })
                .onFailure(error -> {
                    running.set(false);
                    status.set(ErrorMessages.describe(error));
                    context.dialogs().error(function.name() + " failed", error);
                })
                .onCancelled(() -> {
                    running.set(false);
                    status.set(function.name() + " was cancelled.");
                }));
    }

    public void cancel() {
        if (call != null) {
            call.cancel();
        }
        if (waiting != null) {
            waiting.cancel();
        }
    }

    private FunctionOutput render(FunctionResult result) throws Exception {
        String summary = result.function() + " finished in " + DisplayFormat.duration(result.elapsed())
                + (result.fromResultCache() ? " (stored result)" : "") + " → " + switch (result.value().kind()) {
                    case TABLE -> "table";
                    case DOCUMENT, COLLECTION -> "JSON";
                    case BYTES -> "bytes";
                };
        if (result.value() instanceof TableValue table) {
            return new FunctionOutput.TableOutput(summary + ", " + DisplayFormat.count(table.rows()) + " rows",
                    new TableGridModel(context, table.table()));
        }
        if (result.value() instanceof JsonValue json) {
            if (json.json().isValueNode()) {
                return new FunctionOutput.TextOutput(summary, json.json().asText());
            }
            return new FunctionOutput.JsonOutput(summary, ValueText.json(json.json()));
        }
        byte[] bytes = ((BytesValue) result.value()).bytes();
        return new FunctionOutput.TextOutput(summary + ", " + DisplayFormat.bytes(bytes.length), ValueText.hex(bytes));
    }

    @Override
    public void close() {
        registry.removeListener(listener);
    }
}
